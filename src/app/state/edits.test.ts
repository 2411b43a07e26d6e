import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../core/model/index.ts';
import { safeParseProject } from '../../core/model/index.ts';
import { eventAt } from '../../core/project/testEvents.ts';
import {
  acceptSuggestion,
  addArticle,
  addEventFromSelection,
  changePublicationDate,
  createTimeline,
  deleteEvents,
  editEvent,
  extendEventSelection,
  finishExtraction,
  mergeEvents,
  openTimeline,
  redo,
  rejectSuggestion,
  stepEventSelection,
  toggleEventSelection,
  selectEvent,
  undo,
  type Action,
} from './actions.ts';
import type { AppState } from './appState.ts';
import { createDefaultState } from './appState.ts';
import { appReducer } from './reducer.ts';
import {
  activeArticle,
  canRedo,
  canUndo,
  currentEvents,
  currentProject,
  eventNote,
  mergeSuggestions,
} from './selectors.ts';
import { testExtraction } from './testEvents.ts';

const TEXT_A =
  'Thousands rallied in Almaty on Saturday. Opposition leaders began a hunger strike in jail on Sunday. A new march is called for March 24.';
const TEXT_B =
  'Jailed opposition leaders started a hunger strike on Monday, their lawyers said. Police detained dozens of protesters.';

function quoteOf(
  doc: string,
  text: string,
  words: string,
  id: string,
  date: string,
  title?: string,
) {
  return eventAt(id, doc, text.indexOf(words), words, date, { title: title ?? words });
}

function run(state: AppState, ...actions: Action[]): AppState {
  return actions.reduce(appReducer, state);
}

/** A timeline of one article whose engine answer is given. */
function timelineA(): AppState {
  const created = appReducer(
    createDefaultState(),
    createTimeline({ title: 'A', text: TEXT_A, publishedOn: '2012-02-27', publishedOnGiven: true }),
  );
  const articleId = created.activeArticleId;
  return finish(created, articleId, [
    quoteOf(articleId, TEXT_A, 'Thousands rallied in Almaty on Saturday.', 'rally', '2012-02-25'),
    quoteOf(
      articleId,
      TEXT_A,
      'Opposition leaders began a hunger strike in jail on Sunday.',
      'strike',
      '2012-02-26',
      'Opposition leaders began a hunger strike',
    ),
    quoteOf(articleId, TEXT_A, 'A new march is called for March 24.', 'march', '2012-03-24'),
  ]);
}

function finish(state: AppState, articleId: string, events: TimelineEvent[]): AppState {
  return appReducer(
    state,
    finishExtraction(state.runs[articleId]!.requestId, testExtraction(events)),
  );
}

const titles = (state: AppState) => currentEvents(state).map((e) => e.title);

describe('creating and adding articles', () => {
  it('opens a new timeline on the article and reads it', () => {
    const state = appReducer(
      createDefaultState(),
      createTimeline({
        title: ' Mine ',
        text: TEXT_A,
        sourceUrl: 'https://www.example.org/x',
        publishedOn: '2012-02-27',
        publishedOnGiven: false,
      }),
    );
    expect(state.timeline.title).toBe('Mine');
    expect(state.timeline.articles).toHaveLength(1);
    expect(activeArticle(state)).toMatchObject({ outlet: 'example.org', publishedOnGiven: false });
    expect(state.runs[state.activeArticleId]?.status).toBe('running');
    expect(currentEvents(state)).toEqual([]);
  });

  it('adds a second article, reads it, and shows the events of both', () => {
    const first = timelineA();
    const added = appReducer(
      first,
      addArticle({ title: 'B', text: TEXT_B, publishedOn: '2012-02-28', publishedOnGiven: true }),
    );
    expect(added.timeline.articles).toHaveLength(2);
    expect(added.activeArticleId).not.toBe(first.activeArticleId);
    const b = added.activeArticleId;
    const done = finish(added, b, [
      quoteOf(b, TEXT_B, 'Police detained dozens of protesters.', 'police', '2012-02-27'),
    ]);
    expect(currentEvents(done).map((e) => e.id)).toEqual(['rally', 'strike', 'police', 'march']);
  });
});

describe('undo and redo over every kind of edit', () => {
  const base = timelineA();
  const a = base.activeArticleId;
  const start = TEXT_A.indexOf('A new march');
  const cases: [string, Action][] = [
    [
      'edit',
      editEvent('rally', {
        title: 'The rally',
        start: { value: '2012-02-24', precision: 'day', approximate: false },
      }),
    ],
    ['delete', deleteEvents(['strike'])],
    ['add from selection', addEventFromSelection(a, start, start + 11)],
    ['merge', mergeEvents(['rally', 'strike'])],
    ['publication date', changePublicationDate('2012-03-01')],
  ];
  it.each(cases)('%s: undo gives back the timeline before, redo the one after', (_, action) => {
    const after = appReducer(base, action);
    expect(currentProject(after)).not.toEqual(currentProject(base));
    expect(canUndo(after)).toBe(true);
    const undone = appReducer(after, undo());
    expect(undone.timeline.edits).toEqual(base.timeline.edits);
    expect(undone.timeline.articles).toEqual(base.timeline.articles);
    expect(canRedo(undone)).toBe(true);
    const redone = appReducer(undone, redo());
    expect(redone.timeline.edits).toEqual(after.timeline.edits);
    expect(redone.timeline.articles).toEqual(after.timeline.articles);
    expect(canRedo(redone)).toBe(false);
  });

  it('steps back through several edits one at a time', () => {
    const s = run(
      base,
      editEvent('rally', { title: 'One' }),
      deleteEvents(['march']),
      editEvent('strike', { status: 'ongoing' }),
    );
    expect(titles(s)).toEqual(['One', 'Opposition leaders began a hunger strike']);
    const back1 = appReducer(s, undo());
    expect(currentEvents(back1).find((e) => e.id === 'strike')?.status).toBe('happened');
    const back2 = appReducer(back1, undo());
    expect(titles(back2)).toContain('A new march is called for March 24.');
    const back3 = appReducer(back2, undo());
    expect(titles(back3)[0]).toBe('Thousands rallied in Almaty on Saturday.');
    expect(canUndo(back3)).toBe(false);
    expect(back3.notice).toBe('Undone: Edit event');
  });

  it('reads the article again when undo brings back another publication date', () => {
    const changed = appReducer(base, changePublicationDate('2012-03-01'));
    const undone = appReducer(changed, undo());
    expect(activeArticle(undone)?.publishedOn).toBe('2012-02-27');
    expect(undone.publicationDate.input).toBe('2012-02-27');
    expect(undone.runs[a]?.status).toBe('running');
  });

  it('does nothing with nothing to undo or redo', () => {
    expect(appReducer(base, undo())).toBe(base);
    expect(appReducer(base, redo())).toBe(base);
  });
});

describe('hand edits survive a new reading', () => {
  it('keeps title, date and deletion after the publication date changes and the engine answers', () => {
    const base = timelineA();
    const a = base.activeArticleId;
    const edited = run(
      base,
      editEvent('strike', { start: { value: '2012-02-20', precision: 'day', approximate: false } }),
      deleteEvents(['march']),
    );
    const redated = appReducer(edited, changePublicationDate('2013-02-27'));
    // The engine reads the same passages as a year later, under new ids.
    const again = finish(redated, a, [
      quoteOf(a, TEXT_A, 'Thousands rallied in Almaty on Saturday.', 'rally-2013', '2013-02-23'),
      quoteOf(
        a,
        TEXT_A,
        'Opposition leaders began a hunger strike in jail on Sunday.',
        'strike-2013',
        '2013-02-24',
      ),
      quoteOf(a, TEXT_A, 'A new march is called for March 24.', 'march-2013', '2013-03-24'),
    ]);
    const events = currentEvents(again);
    expect(events.map((e) => [e.id, e.date.start.value])).toEqual([
      ['strike-2013', '2012-02-20'],
      ['rally-2013', '2013-02-23'],
    ]);
    expect(eventNote(again, 'strike-2013')?.byHand.date).toBe(true);
    expect(eventNote(again, 'strike-2013')?.engine?.date.start.value).toBe('2013-02-24');
  });
});

describe('selection of several events', () => {
  const base = timelineA();
  it('toggles with Ctrl/Cmd-click and extends a range with Shift-click', () => {
    const s = run(base, selectEvent('rally'), toggleEventSelection('march'));
    expect(s.selectedEventIds).toEqual(['rally', 'march']);
    expect(s.selectedEventId).toBe('march');
    const off = appReducer(s, toggleEventSelection('march'));
    expect(off.selectedEventIds).toEqual(['rally']);
    const range = run(base, selectEvent('rally'), extendEventSelection('march'));
    expect(range.selectedEventIds).toEqual(['rally', 'strike', 'march']);
  });
  it('grows and shrinks with Shift+Arrow', () => {
    const s = run(base, selectEvent('rally'), stepEventSelection(1), stepEventSelection(1));
    expect(s.selectedEventIds).toEqual(['rally', 'strike', 'march']);
    expect(appReducer(s, stepEventSelection(-1)).selectedEventIds).toEqual(['rally', 'strike']);
  });
  it('a plain selection chooses one event again', () => {
    const s = run(base, selectEvent('rally'), toggleEventSelection('march'), selectEvent('strike'));
    expect(s.selectedEventIds).toEqual(['strike']);
  });
});

describe('several articles', () => {
  function twoArticles(): AppState {
    const first = timelineA();
    const added = appReducer(
      first,
      addArticle({ title: 'B', text: TEXT_B, publishedOn: '2012-02-28', publishedOnGiven: true }),
    );
    const b = added.activeArticleId;
    return finish(added, b, [
      quoteOf(
        b,
        TEXT_B,
        'Jailed opposition leaders started a hunger strike on Monday, their lawyers said.',
        'strike-b',
        '2012-02-27',
        'Jailed opposition leaders started a hunger strike',
      ),
    ]);
  }

  it('suggests the hunger strike told in both; accepting merges them with both dates', () => {
    const state = twoArticles();
    const [suggestion] = mergeSuggestions(state);
    expect(suggestion?.eventIds.sort()).toEqual(['strike', 'strike-b']);
    expect(suggestion?.datesDiffer).toBe(true);
    const merged = appReducer(state, acceptSuggestion(suggestion!.key));
    const strike = currentEvents(merged).find((e) => e.sources.length === 2)!;
    expect(strike.sources.map((s) => s.date?.start.value).sort()).toEqual([
      '2012-02-26',
      '2012-02-27',
    ]);
    expect(mergeSuggestions(merged)).toEqual([]);
    expect(appReducer(merged, undo()).timeline.edits).toEqual([]);
  });

  it('does not suggest a pair again once rejected, and the rejection can be undone', () => {
    const state = twoArticles();
    const [suggestion] = mergeSuggestions(state);
    const rejected = appReducer(state, rejectSuggestion(suggestion!.key));
    expect(mergeSuggestions(rejected)).toEqual([]);
    expect(mergeSuggestions(appReducer(rejected, undo()))).toHaveLength(1);
  });

  it('saves and reopens the whole timeline with nothing lost', () => {
    const state = run(
      twoArticles(),
      editEvent('rally', { title: 'Rally' }),
      deleteEvents(['march']),
    );
    const project = currentProject(state);
    const parsed = safeParseProject(JSON.parse(JSON.stringify(project)));
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expect(parsed.data).toEqual(project);
    const reopened = appReducer(createDefaultState(), openTimeline(parsed.data, 'rally'));
    expect(currentEvents(reopened)).toEqual(currentEvents(state));
    expect(reopened.selectedEventId).toBe('rally');
    expect(canUndo(reopened)).toBe(true);
    expect(currentProject(reopened).events).toEqual(project.events);
    // Each article is read again; a late answer for the earlier timeline is ignored.
    expect(Object.values(reopened.runs).every((r) => r.status === 'running')).toBe(true);
    const stale = appReducer(reopened, finishExtraction(1, testExtraction([])));
    expect(currentEvents(stale)).toEqual(currentEvents(reopened));
  });
});
