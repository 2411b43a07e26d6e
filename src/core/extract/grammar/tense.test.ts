import { describe, expect, it } from 'vitest';
import { tenseAt } from './tense.ts';

/** The tense around the first occurrence of `phrase` in `sentence`. */
function tenseOf(sentence: string, phrase: string): string {
  const start = sentence.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" not in "${sentence}"`);
  return tenseAt(sentence, start, start + phrase.length);
}

describe('tenseAt', () => {
  it('reads a simple past verb before the date as past', () => {
    expect(tenseOf('The minister resigned on Tuesday.', 'Tuesday')).toBe('past');
    expect(tenseOf('Rebels took the town in October.', 'October')).toBe('past');
  });

  it('reads "will" and its contractions as future', () => {
    expect(tenseOf('The court will rule on June 3.', 'June 3')).toBe('future');
    expect(tenseOf('She said she’ll travel in August.', 'August')).toBe('future');
  });

  it('reads "is expected to" and "plans to" as future', () => {
    expect(tenseOf('The bill is expected to pass in April.', 'April')).toBe('future');
    expect(tenseOf('The company plans to open a plant next year.', 'next year')).toBe('future');
  });

  it('reads a scheduling verb right before the date as future', () => {
    expect(tenseOf('A general strike has been called for October 2.', 'October 2')).toBe('future');
    expect(tenseOf('The hearing is set for Nov. 14 in Boston.', 'Nov. 14')).toBe('future');
  });

  it('keeps a past scheduling verb in the past', () => {
    expect(tenseOf('The vote was scheduled for May 5 but never held.', 'May 5')).toBe('past');
  });

  it('reads the present perfect as past', () => {
    expect(tenseOf('Prices have fallen since July.', 'July')).toBe('past');
  });

  it('reads a present verb as present', () => {
    expect(tenseOf('The shop is open every Sunday.', 'every Sunday')).toBe('present');
  });

  it('prefers the verb of the clause holding the date', () => {
    const s = 'Officials said on Friday that the talks will resume in March.';
    expect(tenseOf(s, 'Friday')).toBe('past');
    expect(tenseOf(s, 'March')).toBe('future');
  });

  it('looks only inside the sentence of the span', () => {
    const text = 'Voters will decide. In November the turnout fell.';
    expect(tenseOf(text, 'November')).toBe('past');
  });

  it('does not read a participle after a determiner as a verb', () => {
    expect(tenseOf('The planned march in May will go ahead.', 'May')).toBe('future');
  });

  it('says unknown when there is no verb', () => {
    expect(tenseOf('Monday, March 5', 'March 5')).toBe('unknown');
  });
});

describe('tenseAt, plans and schedules', () => {
  it('reads a past intention as pointing ahead', () => {
    expect(tenseOf('The team planned to leave on Thursday.', 'Thursday')).toBe('future');
    expect(tenseOf('The vote was expected to take place in June.', 'June')).toBe('future');
  });

  it('reads "set to" and "as soon as" as ahead without an auxiliary', () => {
    expect(tenseOf('The talks, set to resume Monday, were delayed.', 'Monday')).toBe('future');
    expect(tenseOf('He could leave as soon as Tuesday.', 'Tuesday')).toBe('future');
  });

  it('does not take "succeed" or "need" for past tenses', () => {
    expect(tenseOf('She will succeed him Feb. 1.', 'Feb. 1')).toBe('future');
  });

  it('does not end a sentence at a month abbreviation', () => {
    expect(tenseOf('Shares bought from Sept. 14 to Thursday rose.', 'Thursday')).toBe('past');
  });

  it('reads a plan in the present perfect as future', () => {
    expect(tenseOf('The mayor has scheduled a briefing Friday.', 'Friday')).toBe('future');
    expect(tenseOf('The union has planned a strike in May.', 'May')).toBe('future');
    expect(tenseOf('The mayor has resigned on Friday.', 'Friday')).toBe('past');
  });
});
