import { describe, expect, it } from 'vitest';
import {
  changePublicationDate,
  failExtraction,
  finishExtraction,
  retryExtraction,
  selectEvent,
  stepEvent,
} from './actions.ts';
import { createDefaultState, type AppState } from './appState.ts';
import { appReducer } from './reducer.ts';
import { activeArticle, activeExtraction, eventsInDateOrder, selectedEvent } from './selectors.ts';
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
