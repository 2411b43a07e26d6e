import { describe, expect, it } from 'vitest';
import type { EventPatch, HandEdit, TimelineEvent } from '../model/index.ts';
import { applyEdits } from './applyEdits.ts';
import { applyPatch } from './patch.ts';
import { passageOf } from './passages.ts';
import { day, eventAt } from './testEvents.ts';

const rally = eventAt('rally', 'a', 0, 'On Saturday thousands rallied.', '2012-02-25');
const strike = eventAt('strike', 'a', 40, 'The hunger strike began on Sunday.', '2012-02-26');
const vote = eventAt('vote', 'a', 90, 'A vote is set for March 24.', '2012-03-24');
const engine = [rally, strike, vote];

function change(target: TimelineEvent, patch: EventPatch): HandEdit {
  return {
    kind: 'change',
    id: `c-${target.id}`,
    at: '',
    target: passageOf(target),
    patch,
    fallback: applyPatch(target, patch),
  };
}

/** The same article read against another publication date: same passages, other dates and ids. */
function reread(events: TimelineEvent[], shift: (value: string) => string): TimelineEvent[] {
  return events.map((e) => ({
    ...e,
    id: `${e.id}-v2`,
    date: { ...e.date, start: { ...e.date.start, value: shift(e.date.start.value) } },
  }));
}

describe('applyEdits', () => {
  it('leaves the engine events alone when there are no edits', () => {
    const result = applyEdits(engine, []);
    expect(result.events).toEqual(engine);
    expect(result.notes).toEqual({});
  });

  it('changes the title, date and status of the event at the passage, and says so', () => {
    const edits = [change(strike, { title: 'Hunger strike', start: day('2012-02-27') })];
    const { events, notes } = applyEdits(engine, edits);
    const edited = events.find((e) => e.id === 'strike')!;
    expect(edited.title).toBe('Hunger strike');
    expect(edited.date.start.value).toBe('2012-02-27');
    expect(edited.date.derivation.rule).toBe('set-by-hand');
    expect(edited.edited).toBe(true);
    expect(notes.strike?.byHand).toEqual({ title: true, date: true, status: false });
    expect(notes.strike?.engine?.date.start.value).toBe('2012-02-26');
    expect(notes.strike?.engine?.title).toBe('Event strike');
  });

  it('re-applies every kind of edit to a new reading of the same article', () => {
    const added = eventAt('hand-1', 'a', 75, 'Police detained', '2012-02-25');
    const edits: HandEdit[] = [
      change(rally, { title: 'The rally', status: 'ongoing' }),
      { kind: 'delete', id: 'd', at: '', target: passageOf(vote) },
      { kind: 'add', id: 'add', at: '', event: added },
    ];
    // A later publication date moved every engine date by a year and gave new ids.
    const second = reread(engine, (v) => `${Number(v.slice(0, 4)) + 1}${v.slice(4)}`);
    const { events, notes } = applyEdits(second, edits);
    expect(events.map((e) => e.id)).toEqual(['rally-v2', 'strike-v2', 'hand-1']);
    const title = events[0]!;
    expect(title.title).toBe('The rally');
    expect(title.status).toBe('ongoing');
    // The date was not set by hand, so it follows the new reading.
    expect(title.date.start.value).toBe('2013-02-25');
    expect(notes['rally-v2']?.byHand.title).toBe(true);
    expect(notes['hand-1']?.addedByHand).toBe(true);
  });

  it('keeps a date set by hand over a new reading', () => {
    const edits = [change(vote, { start: day('2012-03-25') })];
    const second = reread(engine, (v) => v.replace('2012', '2013'));
    const vote2 = applyEdits(second, edits).events.find((e) => e.id === 'vote-v2')!;
    expect(vote2.date.start.value).toBe('2012-03-25');
  });

  it('finds a passage the engine now quotes a little differently', () => {
    const edits = [change(strike, { title: 'Strike' })];
    const wider = engine.map((e) =>
      e.id === 'strike'
        ? {
            ...e,
            sources: [{ documentId: 'a', span: { start: 38, end: 75, text: 'x'.repeat(37) } }],
          }
        : e,
    );
    expect(applyEdits(wider, edits).events.find((e) => e.id === 'strike')?.title).toBe('Strike');
  });

  it('brings back an edited event the engine no longer finds, so no correction is lost', () => {
    const edits = [change(vote, { title: 'The vote' })];
    const { events, notes } = applyEdits([rally, strike], edits);
    const back = events.find((e) => e.id === 'vote')!;
    expect(back.title).toBe('The vote');
    expect(back.date.start.value).toBe('2012-03-24');
    expect(notes.vote?.engine).toBeNull();
  });

  it('reports a delete or merge that finds nothing', () => {
    const edits: HandEdit[] = [
      { kind: 'delete', id: 'd', at: '', target: passageOf(vote) },
      { kind: 'merge', id: 'm', at: '', targets: [passageOf(rally), passageOf(vote)] },
    ];
    expect(applyEdits([rally, strike], edits).unapplied).toEqual(['d', 'm']);
  });

  it('merges events into the first one, keeping every quote with its own date', () => {
    const edits: HandEdit[] = [
      { kind: 'merge', id: 'm', at: '', targets: [passageOf(rally), passageOf(strike)] },
    ];
    const { events, notes } = applyEdits(engine, edits);
    expect(events.map((e) => e.id)).toEqual(['rally', 'vote']);
    const merged = events[0]!;
    expect(merged.sources.map((s) => s.span.text)).toEqual([
      rally.sources[0]!.span.text,
      strike.sources[0]!.span.text,
    ]);
    expect(merged.sources.map((s) => s.date?.start.value)).toEqual(['2012-02-25', '2012-02-26']);
    expect(notes.rally?.mergedByHand).toBe(true);
  });

  it('does not mutate its inputs', () => {
    const edits = [change(rally, { title: 'X' })];
    const before = JSON.stringify([engine, edits]);
    applyEdits(engine, edits);
    expect(JSON.stringify([engine, edits])).toBe(before);
  });
});
