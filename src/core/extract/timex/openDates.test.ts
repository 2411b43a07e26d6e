import { describe, expect, it } from 'vitest';
import { extractTimexes } from './index.ts';

/*
 * Expressions that leave their year or occurrence open (a month, a day of a month, a
 * weekday, a season) read by the tense and wording of the clause that governs them.
 */

/** `words → value` for every timex, for compact expectations. */
function read(text: string, documentDate: string): string[] {
  return extractTimexes(text, { documentDate }).map((t) => `${t.span.text} → ${t.value}`);
}

// 2021-06-09 is a Wednesday.
const WED = '2021-06-09';

describe('open dates in reported speech', () => {
  it('reads "would" after a past verb of saying as ahead of the report', () => {
    expect(
      read('Forecasters said the storm would hit late Thursday or early Friday.', WED),
    ).toEqual(['late Thursday → 2021-06-10', 'early Friday → 2021-06-11']);
  });

  it('reads a perfect after a modal as past', () => {
    expect(read('She would have turned 90 on Monday.', WED)).toEqual(['Monday → 2021-06-07']);
    expect(read('He may have been killed on Sunday.', WED)).toEqual(['Sunday → 2021-06-06']);
  });

  it('reads "could" as ahead, but "could not" and a negated subject as past', () => {
    expect(read('The Senate could vote on the bill Friday.', WED)).toEqual(['Friday → 2021-06-11']);
    expect(read('The owner could not be reached Monday.', WED)).toEqual(['Monday → 2021-06-07']);
    expect(read('Neither he nor his lawyer could be located Monday.', WED)).toEqual([
      'Monday → 2021-06-07',
    ]);
  });
});

describe('open dates in the present tense', () => {
  it('reads a scheduled happening in the simple present as ahead', () => {
    expect(read('The trial begins on Monday.', WED)).toEqual(['Monday → 2021-06-14']);
    expect(read('Talks resume on Tuesday.', WED)).toEqual(['Tuesday → 2021-06-15']);
    expect(read('The Bulls play the Knicks on Sunday.', WED)).toEqual(['Sunday → 2021-06-13']);
  });

  it('takes the verb after an appositive as governing, not a participle inside it', () => {
    expect(read('The fair, held every autumn since 1990, returns in March.', WED)).toEqual([
      'every autumn → XXXX-FA',
      '1990 → 1990',
      'March → 2022-03',
    ]);
  });

  it('reads the present progressive of a plan as ahead, of a process as now', () => {
    expect(read('The minister is leaving on Monday.', WED)).toEqual(['Monday → 2021-06-14']);
    expect(read('He is recovering after surgery on Monday.', WED)).toEqual(['Monday → 2021-06-07']);
  });

  it('reads a date as the predicate of "is" or "are" as ahead', () => {
    expect(read('The deadline is Monday.', WED)).toEqual(['Monday → 2021-06-14']);
  });

  it('reads "due in", "expected by" and "ahead of" as pointing ahead', () => {
    expect(read('Elections are due in the spring.', WED)).toEqual(['the spring → 2022-SP']);
    expect(read('Campaigning ended ahead of Sunday’s vote.', WED)).toEqual(['Sunday → 2021-06-13']);
  });

  it('gives a headline infinitive a future reading', () => {
    expect(read('Premier to visit Ottawa on Monday', WED)).toEqual(['Monday → 2021-06-14']);
  });
});

describe('open dates in the past tense', () => {
  it('keeps past readings when a participle and a past verb date them', () => {
    expect(read('The merger, first announced in October, closed on Friday.', WED)).toEqual([
      'October → 2020-10',
      'Friday → 2021-06-04',
    ]);
  });

  it('does not take a capital "May" in a name for the modal', () => {
    expect(read('Theresa May said on Tuesday that she would resign.', WED)).toEqual([
      'Tuesday → 2021-06-08',
    ]);
    expect(read('The minister may resign on Friday.', WED)).toEqual(['Friday → 2021-06-11']);
  });

  it('reads a bare-form past after a singular subject as past', () => {
    expect(read('The bank cut rates in August and is likely to cut again in July.', WED)).toEqual([
      'August → 2020-08',
      'July → 2021-07',
    ]);
  });

  it('reads a past verb after a relative "that" as past', () => {
    expect(read('The ruling comes after a review that began in August.', WED)).toEqual([
      'August → 2020-08',
    ]);
  });

  it('reads a schedule told in the past as the nearest such day', () => {
    expect(read('The vote was scheduled for Thursday.', WED)).toEqual(['Thursday → 2021-06-10']);
    expect(read('The vote was scheduled for Monday.', WED)).toEqual(['Monday → 2021-06-07']);
  });

  it('dates "as planned" by the verb of the clause', () => {
    expect(read('The march went ahead as planned on Saturday.', WED)).toEqual([
      'Saturday → 2021-06-05',
    ]);
  });

  it('does not read an un-…-ed adjective as a past tense', () => {
    expect(read('Shares would be paid on an unspecified date in May.', WED)).toEqual([
      'May → 2022-05',
    ]);
  });
});

describe('open quarters', () => {
  it('reads a quarter reported on ahead as the one just ended', () => {
    expect(read('The bank will report fourth-quarter results on Tuesday.', '2021-01-14')).toEqual([
      'fourth-quarter → 2020-Q4',
      'Tuesday → 2021-01-19',
    ]);
  });

  it('reads a quarter within which things will happen as the next one', () => {
    expect(
      read('The airline expects to return to profit in the fourth quarter.', '2021-01-14'),
    ).toEqual(['the fourth quarter → 2021-Q4']);
  });
});

describe('open seasons', () => {
  it('puts a season spoken of ahead after the last one has ended', () => {
    expect(read('The film will be released in the summer.', '2021-09-10')).toEqual([
      'the summer → 2022-SU',
    ]);
  });
});

describe('open dates after a past verb and its infinitive', () => {
  // 2021-06-11 is a Friday.
  const FRI = '2021-06-11';

  it('reads a weekday before the verb as past, not ahead of the infinitive', () => {
    expect(read('The pilot on Thursday agreed to pay the fine.', FRI)).toEqual([
      'Thursday → 2021-06-10',
    ]);
  });

  it('reads a month after a decision’s infinitive as the nearer one', () => {
    expect(read('The utility agreed to sell its dams in December.', FRI)).toEqual([
      'December → 2020-12',
    ]);
    expect(read('The utility agreed to sell its dams in August.', FRI)).toEqual([
      'August → 2021-08',
    ]);
  });

  it('reads a deadline given by a directive as the nearest day', () => {
    expect(read('Campers were told to leave the park by Sunday.', FRI)).toEqual([
      'Sunday → 2021-06-13',
    ]);
  });

  it('reads the second half spoken of ahead, outside results, as the coming one', () => {
    expect(read('Hiring will pick up in the second half.', '2021-01-20')).toEqual([
      'the second half → 2021-H2',
    ]);
    expect(read('The firm will report results for the second half.', '2021-01-20')).toEqual([
      'the second half → 2020-H2',
    ]);
  });
});

describe('open dates known to lie behind the telling', () => {
  it('reads a day that dates an attack or a disaster as past, whatever the tense', () => {
    expect(read('Survivors of the Sept. 11 attacks still need care.', WED)).toEqual([
      'Sept. 11 → 2020-09-11',
    ]);
    expect(read('The inquiry into the June 20 blast continues.', WED)).toEqual([
      'June 20 → 2020-06-20',
    ]);
    // Not a happening set ahead of time: "the June 20 election" is the nearest.
    expect(read('Parties campaign for the June 20 election.', WED)).toEqual([
      'June 20 → 2021-06-20',
    ]);
  });

  it('reads a holiday in a past clause as the last one, unless the clause looks to it', () => {
    // Father's Day 2021 fell on 20 June, four days after this paper.
    expect(read('Crowds packed the beaches on Father’s Day.', '2021-06-16')).toEqual([
      'Father’s Day → 2020-06-21',
    ]);
    expect(read('Shops stocked up for Father’s Day.', '2021-06-16')).toEqual([
      'Father’s Day → 2021-06-20',
    ]);
  });
});

describe('open dates as deadlines', () => {
  it('reads a weekday deadline after a directive as the coming one', () => {
    // 2021-06-07 is a Monday: the last Friday is nearer than the next.
    expect(read('Tenants were told to leave by Friday.', '2021-06-07')).toEqual([
      'Friday → 2021-06-11',
    ]);
  });
});

describe('open dates of possessive weekdays', () => {
  it('reads a possessive weekday after "ready for" as ahead', () => {
    expect(read('The coach said the side was ready for Saturday’s final.', WED)).toEqual([
      'Saturday → 2021-06-12',
    ]);
  });
});
