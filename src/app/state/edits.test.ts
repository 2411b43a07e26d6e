import { describe, expect, it } from 'vitest';
import type { Project, TimelineEvent } from '../../core/model/index.ts';
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

/** Timeline A with a second article (B) read: the hunger strike is told in both. */
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

/** What undo and redo step between: the document, without the engine's readings. */
function documentOf(state: AppState) {
  const { timeline } = state;
  return {
    articles: timeline.articles,
    edits: timeline.edits,
    rejectedSuggestions: timeline.rejectedSuggestions,
    events: currentEvents(state).map((e) => [e.id, e.title, e.date.start.value, e.sources.length]),
  };
}

describe('undo and redo over every kind of edit', () => {
  const base = timelineA();
  const a = base.activeArticleId;
  const start = TEXT_A.indexOf('A new march');
  const two = twoArticles();
  const suggestionKey = mergeSuggestions(two)[0]!.key;
  const cases: [string, AppState, Action, string][] = [
    [
      'edit',
      base,
      editEvent('rally', {
        title: 'The rally',
        start: { value: '2012-02-24', precision: 'day', approximate: false },
      }),
      'Edit event',
    ],
    ['delete', base, deleteEvents(['strike']), 'Delete event'],
    [
      'add from selection',
      base,
      addEventFromSelection(a, start, start + 11),
      'Add event from selection',
    ],
    ['merge', base, mergeEvents(['rally', 'strike']), 'Merge events'],
    ['accept a merge suggestion', two, acceptSuggestion(suggestionKey), 'Merge events'],
    ['reject a merge suggestion', two, rejectSuggestion(suggestionKey), 'Reject suggestion'],
    [
      'add article',
      base,
      addArticle({ title: 'B', text: TEXT_B, publishedOn: '2012-02-28', publishedOnGiven: true }),
      'Add article',
    ],
    ['publication date', base, changePublicationDate('2012-03-01'), 'Change publication date'],
  ];
  it.each(cases)(
    '%s: undo gives back the timeline before, redo the one after',
    (_, before, action, label) => {
      const after = appReducer(before, action);
      expect(documentOf(after)).not.toEqual(documentOf(before));
      expect(canUndo(after)).toBe(true);
      expect(after.history.past.at(-1)?.label).toBe(label);
      const undone = appReducer(after, undo());
      expect(undone.notice).toBe(`Undone: ${label}`);
      expect(documentOf(undone)).toEqual(documentOf(before));
      expect(canRedo(undone)).toBe(true);
      const redone = appReducer(undone, redo());
      expect(redone.notice).toBe(`Redone: ${label}`);
      expect(redone.timeline.edits).toEqual(after.timeline.edits);
      expect(redone.timeline.articles).toEqual(after.timeline.articles);
      expect(redone.timeline.rejectedSuggestions).toEqual(after.timeline.rejectedSuggestions);
      expect(canRedo(redone)).toBe(false);
      // The history survives a save and a reload: the same undo from the reopened timeline.
      const reopened = appReducer(
        createDefaultState(),
        openTimeline(JSON.parse(JSON.stringify(currentProject(redone))) as Project),
      );
      expect(appReducer(reopened, undo()).timeline.articles).toEqual(before.timeline.articles);
      expect(appReducer(reopened, undo()).timeline.edits).toEqual(before.timeline.edits);
    },
  );

  it('undoing "Add article" takes the article and its events out; redo brings them back', () => {
    const added = twoArticles();
    const [first, b] = added.timeline.articles.map((x) => x.id);
    expect(titles(added)).toContain('Jailed opposition leaders started a hunger strike');
    const undone = appReducer(added, undo());
    expect(undone.timeline.articles.map((x) => x.id)).toEqual([first]);
    expect(undone.timeline.historyArticles.map((x) => x.id)).toEqual([b]);
    expect(undone.activeArticleId).toBe(first);
    expect(undone.publicationDate.input).toBe('2012-02-27');
    expect(titles(undone)).not.toContain('Jailed opposition leaders started a hunger strike');
    expect(currentProject(undone).historyArticles?.map((x) => x.title)).toEqual(['B']);
    const redone = appReducer(undone, redo());
    expect(redone.timeline.articles.map((x) => x.id)).toEqual([first, b]);
    expect(redone.timeline.historyArticles).toEqual([]);
    // Its reading was kept: the events are back at once, nothing is read again.
    expect(redone.runs[b!]?.status).toBe('ready');
    expect(titles(redone)).toEqual(titles(added));
  });

  it('an undone article survives a reload, and redo reads it again', () => {
    const undone = appReducer(twoArticles(), undo());
    const project = JSON.parse(JSON.stringify(currentProject(undone))) as Project;
    const parsed = safeParseProject(project);
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    const reopened = appReducer(createDefaultState(), openTimeline(parsed.data));
    expect(reopened.timeline.articles).toHaveLength(1);
    const redone = appReducer(reopened, redo());
    const b = redone.timeline.articles[1]!;
    expect(b.title).toBe('B');
    expect(redone.runs[b.id]?.status).toBe('running');
  });

  it('forgets an undone article once something new is done', () => {
    const undone = appReducer(twoArticles(), undo());
    const edited = appReducer(undone, editEvent('rally', { title: 'Rally' }));
    expect(canRedo(edited)).toBe(false);
    expect(edited.timeline.historyArticles).toEqual([]);
    expect(currentProject(edited).historyArticles).toBeUndefined();
  });

  it('keeps undo and redo working across a re-extraction that renames every event', () => {
    const edited = appReducer(
      base,
      editEvent('strike', { start: { value: '2012-02-20', precision: 'day', approximate: false } }),
    );
    // The engine reads the article again (a retry, an engine update): new ids, same passages.
    const rerun = appReducer(edited, { type: 'extraction/retried' });
    const again = finish(rerun, a, [
      quoteOf(a, TEXT_A, 'Thousands rallied in Almaty on Saturday.', 'r2', '2012-02-25'),
      quoteOf(
        a,
        TEXT_A,
        'Opposition leaders began a hunger strike in jail on Sunday.',
        's2',
        '2012-02-26',
      ),
      quoteOf(a, TEXT_A, 'A new march is called for March 24.', 'm2', '2012-03-24'),
    ]);
    const strikeDate = (s: AppState) =>
      currentEvents(s).find((e) => e.id === 's2')?.date.start.value;
    expect(strikeDate(again)).toBe('2012-02-20');
    expect(canUndo(again)).toBe(true);
    const undone = appReducer(again, undo());
    expect(strikeDate(undone)).toBe('2012-02-26');
    expect(strikeDate(appReducer(undone, redo()))).toBe('2012-02-20');
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
