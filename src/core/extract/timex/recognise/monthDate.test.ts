import { describe, expect, it } from 'vitest';
import { found } from '../testing.ts';
import { monthDate } from './monthDate.ts';

describe('monthDate', () => {
  it('reads month-first and day-first dates with and without a year', () => {
    const hits = found(
      monthDate,
      'On Sept. 5, 2008 and 14 April and the 3rd of June 1999 and Nov 30.',
    );
    expect(hits.map((h) => h.words)).toEqual([
      'Sept. 5, 2008',
      '14 April',
      '3rd of June 1999',
      'Nov 30',
    ]);
    expect(hits[0]?.meaning).toEqual({ kind: 'calendar', month: 9, day: 5, year: 2008 });
    expect(hits[1]?.meaning).toEqual({ kind: 'calendar', month: 4, day: 14, year: undefined });
  });

  it('reads a month with a year and a bare month', () => {
    const hits = found(monthDate, 'Prices rose in October 2010 and again in July.');
    expect(hits.map((h) => h.words)).toEqual(['October 2010', 'July']);
    expect(hits[1]?.meaning).toEqual({ kind: 'calendar', month: 7 });
  });

  it('does not read the modal "may" or names inside words', () => {
    expect(found(monthDate, 'It may rain. The Mayor of Augusta spoke.')).toEqual([]);
    expect(found(monthDate, 'May I ask?')).toEqual([]);
  });

  it('leaves a procession named "March" but keeps the month', () => {
    expect(found(monthDate, 'Thousands joined the annual March for Peace downtown.')).toEqual([]);
    expect(
      found(monthDate, 'It was the March of 1990, and a March on Rome.').map((h) => h.words),
    ).toEqual(['March of 1990']);
  });

  it("leaves a month word that is a person's name", () => {
    expect(
      found(monthDate, 'May said she would go. Prime Minister Theresa May met Mrs. May.'),
    ).toEqual([]);
    expect(
      found(monthDate, 'Since May, prices rose; the Federal Reserve March meeting').map(
        (h) => h.words,
      ),
    ).toEqual(['May', 'March']);
  });

  it('reads a first name opening a sentence before the month word as a name', () => {
    expect(
      found(monthDate, "Theresa May's plan failed. Brian May, the guitarist, played."),
    ).toEqual([]);
    expect(
      found(monthDate, "May's jobs report was strong. Despite May's gains, June's slump hurt.").map(
        (h) => h.words,
      ),
    ).toEqual(['May', 'May', 'June']);
  });

  it('keeps a month after a preposition even when a speech verb follows', () => {
    expect(
      found(monthDate, 'The report, released in January, said prices rose.').map((h) => h.words),
    ).toEqual(['January']);
  });

  it('leaves a quoted "March of" procession', () => {
    expect(found(monthDate, "at the head of the ``March of the Combatant Mothers,''")).toEqual([]);
  });
});
