import { describe, expect, it } from 'vitest';
import {
  changePublicationDate,
  failExtraction,
  finishExtraction,
  openTimeline,
  retryExtraction,
  selectEvent,
  stepEvent,
} from './actions.ts';
import { createDefaultState, type AppState } from './appState.ts';
import { appReducer } from './reducer.ts';
import type { Project } from '../../core/model/index.ts';
import {
  activeArticle,
  activeExtraction,
  currentEvents,
  currentProject,
  eventsInDateOrder,
  selectedEvent,
} from './selectors.ts';
import { testEvent, testExtraction } from './testEvents.ts';

// Out of date order on purpose: the list and keyboard go by date, not by array order.
const events = [
  testEvent('march', '2012-03-24'),
  testEvent('december', '2011-12'),
  testEvent('rally', '2012-02-25'),
];

function ready(state: AppState = createDefaultState()): AppState {
  return appReducer(
    state,
    finishExtraction(activeExtraction(state).requestId, testExtraction(events)),
  );
}

describe('createDefaultState', () => {
  it('starts on the seed article, reading it, with nothing selected', () => {
    const state = createDefaultState();
    expect(state.timeline.articles).toHaveLength(1);
    expect(activeArticle(state)?.publishedOn).toBe('2012-02-27');
    expect(state.publicationDate).toEqual({ input: '2012-02-27', error: null });
    expect(activeExtraction(state).status).toBe('running');
    expect(state.selectedEventId).toBeNull();
  });

  it('remembers an event named by the address until events exist', () => {
    expect(createDefaultState({ selectedEventId: 'rally' }).selectedEventId).toBe('rally');
  });
});

describe('extraction', () => {
  it('stores the result of the current run', () => {
    const state = ready();
    expect(activeExtraction(state).status).toBe('ready');
    expect(activeExtraction(state).result?.events).toHaveLength(3);
  });

  it('ignores an answer to an older run', () => {
    const state = createDefaultState();
    const stale = appReducer(
      state,
      finishExtraction(activeExtraction(state).requestId - 1, testExtraction(events)),
    );
    expect(stale).toBe(state);
  });

  it('keeps a selection from the address when that event exists', () => {
    expect(ready(createDefaultState({ selectedEventId: 'rally' })).selectedEventId).toBe('rally');
  });

  it('drops a selection that names no event', () => {
    expect(ready(createDefaultState({ selectedEventId: 'nope' })).selectedEventId).toBeNull();
  });

  it('reports a failure and keeps the previous result; retry starts a new run', () => {
    const before = ready();
    const rerun = appReducer(before, changePublicationDate('2012-03-01'));
    const failed = appReducer(rerun, failExtraction(activeExtraction(rerun).requestId, 'boom'));
    expect(activeExtraction(failed).status).toBe('failed');
    expect(activeExtraction(failed).error).toBe('boom');
    expect(activeExtraction(failed).result?.events).toHaveLength(3);
    const retried = appReducer(failed, retryExtraction());
    expect(activeExtraction(retried).status).toBe('running');
    expect(activeExtraction(retried).requestId).toBe(activeExtraction(failed).requestId + 1);
  });
});

describe('publication date', () => {
  it('re-reads the article against a new valid date', () => {
    const before = ready();
    const after = appReducer(before, changePublicationDate('2012-03-01'));
    expect(activeArticle(after)?.publishedOn).toBe('2012-03-01');
    expect(activeExtraction(after).status).toBe('running');
    expect(activeExtraction(after).requestId).toBe(activeExtraction(before).requestId + 1);
    expect(activeExtraction(after).result).toBe(activeExtraction(before).result);
  });

  it('does not re-read for the same date', () => {
    const before = ready();
    const after = appReducer(before, changePublicationDate('2012-02-27'));
    expect(activeExtraction(after)).toBe(activeExtraction(before));
  });

  it.each([
    ['', 'Enter a complete publication date'],
    ['2012-02-31', 'not a calendar date'],
    ['0002-02-27', 'not a calendar date'],
    ['27/02/2012', 'not a calendar date'],
  ])('refuses %j with a message and keeps the previous date and timeline', (input, message) => {
    const before = ready();
    const after = appReducer(before, changePublicationDate(input));
    expect(after.publicationDate.input).toBe(input);
    expect(after.publicationDate.error).toContain(message);
    expect(activeArticle(after)?.publishedOn).toBe('2012-02-27');
    expect(activeExtraction(after)).toBe(activeExtraction(before));
  });

  it('clears the message once the date is fixed', () => {
    const broken = appReducer(ready(), changePublicationDate(''));
    expect(
      appReducer(broken, changePublicationDate('2012-02-27')).publicationDate.error,
    ).toBeNull();
  });

  it('does not mutate the state it is given', () => {
    const before = ready();
    const snapshot = JSON.stringify(before);
    appReducer(before, changePublicationDate('2012-03-01'));
    expect(JSON.stringify(before)).toBe(snapshot);
  });
});

describe('selection', () => {
  it('selects and deselects an event', () => {
    const selected = appReducer(ready(), selectEvent('rally'));
    expect(selectedEvent(selected)?.id).toBe('rally');
    expect(appReducer(selected, selectEvent(null)).selectedEventId).toBeNull();
  });

  it('ignores an unknown id once events exist', () => {
    const state = appReducer(ready(), selectEvent('rally'));
    expect(appReducer(state, selectEvent('nope'))).toBe(state);
  });

  it('steps through events in date order, stopping at the ends', () => {
    let state = ready();
    const visited: (string | null)[] = [];
    for (let i = 0; i < 4; i++) {
      state = appReducer(state, stepEvent(1));
      visited.push(state.selectedEventId);
    }
    expect(visited).toEqual(['december', 'rally', 'march', 'march']);
    expect(appReducer(state, stepEvent(-1)).selectedEventId).toBe('rally');
  });

  it('steps backwards from nothing to the last event', () => {
    expect(appReducer(ready(), stepEvent(-1)).selectedEventId).toBe('march');
  });

  it('does nothing when there are no events', () => {
    const state = createDefaultState();
    expect(appReducer(state, stepEvent(1))).toBe(state);
  });
});

describe('eventsInDateOrder', () => {
  it('orders by start, then the shorter first', () => {
    const month = testEvent('month', '2012-02');
    const day = testEvent('day', '2012-02-01');
    expect(eventsInDateOrder([month, day, ...events]).map((e) => e.id)).toEqual([
      'december',
      'day',
      'month',
      'rally',
      'march',
    ]);
  });
});

describe('opening a timeline', () => {
  /** What a TimelineJS or CSV import gives: one article without text, every event added by hand. */
  function importedProject(): Project {
    const at = '2026-12-01T10:00:00.000Z';
    return {
      format: 'datelines/2',
      id: 'imported',
      title: 'Imported',
      createdAt: at,
      updatedAt: at,
      articles: [
        {
          id: 'imported',
          title: 'Imported',
          text: '',
          publishedOn: '2026-12-01',
          publishedOnGiven: false,
          language: 'en',
        },
      ],
      engine: [],
      edits: events.map((event, i) => ({ kind: 'add', id: `add-${i}`, at, event })),
      rejectedSuggestions: [],
      events,
      history: { past: [], future: [] },
    };
  }

  it('opens an article without text as read, its events at once and nothing to read again', () => {
    const state = appReducer(createDefaultState(), openTimeline(importedProject()));
    expect(activeExtraction(state).status).toBe('ready');
    expect(currentEvents(state).map((e) => e.id)).toEqual(['december', 'rally', 'march']);
    // Saved and opened again, it is the same document: no reading to wait for, no change.
    const again = appReducer(createDefaultState(), openTimeline(currentProject(state)));
    expect(currentProject(again)).toEqual(currentProject(state));
  });

  it('still reads again an article that has text', () => {
    const project = importedProject();
    const withText = {
      ...project,
      articles: project.articles.map((a) => ({ ...a, text: 'On 25 February 2012 a rally.' })),
    };
    const state = appReducer(createDefaultState(), openTimeline(withText));
    expect(activeExtraction(state).status).toBe('running');
  });
});
