import { describe, expect, it } from 'vitest';
import { createTenseReaders, tenseAt } from './tense.ts';

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

  it('reads a schedule told in the past as the nearest day, past or ahead', () => {
    expect(tenseOf('The vote was scheduled for May 5 but never held.', 'May 5')).toBe('present');
    expect(tenseOf('The accession was planned for early March.', 'March')).toBe('present');
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

describe('tenseAt, auxiliaries and bare verbs', () => {
  it('does not read a bare verb after "would" or "to" as a past tense', () => {
    expect(tenseOf('He said the storm would hit the coast Friday.', 'Friday')).toBe('future');
    expect(tenseOf('They plan to put the plan to a vote in May.', 'May')).toBe('future');
  });

  it('does not let a present verb after "will" hide the future', () => {
    expect(tenseOf('Rates will remain unchanged until June.', 'June')).toBe('future');
  });

  it('reads modals as ahead, and a perfect after one as past', () => {
    expect(tenseOf('The company may announce a deal Friday.', 'Friday')).toBe('future');
    expect(tenseOf('The victims may have died Sunday.', 'Sunday')).toBe('past');
    expect(tenseOf('Aides could not be reached Sunday.', 'Sunday')).toBe('past');
  });

  it('reads "May" with a capital as the month, not the modal', () => {
    expect(tenseOf('Profits fell in May and June.', 'June')).toBe('past');
  });
});

describe('tenseAt, the present of arrangements', () => {
  it('reads a scheduled happening in the simple present as future', () => {
    expect(tenseOf('The summit opens on Monday.', 'Monday')).toBe('future');
    expect(tenseOf('Union members vote on Friday.', 'Friday')).toBe('future');
    expect(tenseOf('He and his rival meet separately Monday.', 'Monday')).toBe('future');
  });

  it('does not take a noun for a plural present verb', () => {
    expect(tenseOf('The party won the vote on Monday.', 'Monday')).toBe('past');
    expect(tenseOf('Sales and returns in January rose.', 'January')).toBe('past');
  });

  it('does not take a word after a comma for the subject of a plural verb', () => {
    expect(tenseOf('On Monday, Ana Ruiz, head of the board, resigned.', 'Monday')).toBe('past');
  });

  it('reads the progressive of a plan as future and of a process as present', () => {
    expect(tenseOf('The band is playing in Leeds on Sunday.', 'Sunday')).toBe('future');
    expect(tenseOf('She is recovering after surgery on Sunday.', 'Sunday')).toBe('present');
  });

  it('reads "is due" and "are expected" without "to" as future', () => {
    expect(tenseOf('A verdict is due Friday.', 'Friday')).toBe('future');
    expect(tenseOf('Results are expected in the autumn.', 'the autumn')).toBe('future');
  });

  it('reads "upcoming" before the date as future', () => {
    expect(tenseOf('The upcoming vote on Sunday is a test.', 'Sunday')).toBe('future');
  });
});

describe('tenseAt, participles and adjectives', () => {
  it('does not read "plans" as a verb without an object', () => {
    expect(tenseOf('On Friday, he set aside vacation plans.', 'Friday')).not.toBe('future');
  });

  it('reads a bare-form past after a singular subject as past', () => {
    expect(tenseOf('The bank cut rates in December.', 'December')).toBe('past');
  });

  it('reads an -ed word after a linking verb as an adjective', () => {
    expect(tenseOf('Schools will stay closed until Monday.', 'Monday')).toBe('future');
  });

  it('reads a schedule since changed as the nearest day', () => {
    expect(tenseOf('The vote, originally scheduled for Monday, was delayed.', 'Monday')).toBe(
      'present',
    );
  });
});

describe('tenseAt, a past verb with its infinitive', () => {
  it('dates what stands before the infinitive by the verb itself', () => {
    expect(tenseOf('The builder on Monday agreed to repay the loan.', 'Monday')).toBe('past');
    expect(tenseOf('The builder agreed on Monday to repay the loan.', 'Monday')).toBe('past');
    expect(tenseOf('The union on Monday threatened to strike.', 'Monday')).toBe('past');
  });

  it('reads a month after a decision’s infinitive as the nearest', () => {
    expect(tenseOf('The board voted to close the mill in September.', 'September')).toBe('present');
    expect(tenseOf('The club has decided to sell the ground in June.', 'June')).toBe('present');
  });

  it('reads a weekday deadline after an undated directive as ahead', () => {
    expect(tenseOf('Tenants were told to leave by Sunday.', 'Sunday')).toBe('future');
    expect(tenseOf('The judge ordered him to report by Monday.', 'Monday')).toBe('future');
    // A directive dated within the week may have set a deadline since passed.
    const dated = 'Guards on Monday were ordered to free the men by Thursday.';
    expect(tenseOf(dated, 'Thursday')).toBe('present');
  });

  it('reads a weekday after a decision’s infinitive as the deciding’s', () => {
    expect(tenseOf('The board voted to close the mill on Tuesday.', 'Tuesday')).toBe('past');
    // The deciding has its own day: the second belongs to what was decided.
    expect(tenseOf('Guards on Monday were ordered to free the men on Thursday.', 'Thursday')).toBe(
      'present',
    );
  });

  it('reads what a dated decision decided as ahead of it', () => {
    expect(tenseOf('The firm decided on Monday to list its shares in May.', 'May')).toBe('future');
  });

  it('finds the infinitive of a directive past its object', () => {
    expect(tenseOf('A judge ordered the firm to repay its clients in May.', 'May')).toBe('present');
    expect(tenseOf('Police told them to leave by Sunday.', 'Sunday')).toBe('future');
  });

  it('keeps an intention ahead and an implicative verb in the past', () => {
    expect(tenseOf('The crew intended to sail on Sunday.', 'Sunday')).toBe('future');
    expect(tenseOf('She refused to testify on Tuesday.', 'Tuesday')).toBe('past');
    expect(tenseOf('The side was forced to cancel the game in March.', 'March')).toBe('past');
  });

  it('lets a future auxiliary govern the infinitive', () => {
    expect(tenseOf('He will be asked to testify on Monday.', 'Monday')).toBe('future');
  });

  it('does not take "to" before a noun for an infinitive', () => {
    expect(tenseOf('The unions agreed to the terms in May.', 'May')).toBe('past');
    expect(tenseOf('The unions agreed to talks in May.', 'May')).toBe('past');
  });

  it('reads the infinitive of a noun of agreeing or planning after a past verb', () => {
    const deal = 'The bank announced an agreement to buy a rival lender in January.';
    expect(tenseOf(deal, 'January')).toBe('present');
    expect(tenseOf('The council unveiled a proposal to cut fares in May.', 'May')).toBe('future');
    expect(tenseOf('The bank will announce a deal to buy a lender in January.', 'January')).toBe(
      'future',
    );
    expect(tenseOf('She moved abroad in order to study in May.', 'May')).toBe('past');
  });
});

describe('tenseAt, days chosen and plans placed', () => {
  it('reads "on" after a participle of doing as the day it was done', () => {
    expect(tenseOf('The index is near the record set on Aug. 6.', 'Aug. 6')).not.toBe('future');
    expect(tenseOf('The match was postponed on Monday.', 'Monday')).toBe('past');
    expect(tenseOf('The match was postponed until Monday.', 'Monday')).toBe('future');
    expect(tenseOf('The hearing is scheduled on Monday.', 'Monday')).toBe('future');
  });

  it('reads a day set as a deadline as the nearest', () => {
    const s = 'The agency ruled against him and set Friday as the deadline for a reply.';
    expect(tenseOf(s, 'Friday')).toBe('present');
    expect(tenseOf('The judge will set Monday as the date.', 'Monday')).toBe('future');
  });

  it('reads a plan placed by a participle after its noun as the nearest', () => {
    const s = 'A vigil planned at the town hall for Sunday was called off.';
    expect(tenseOf(s, 'Sunday')).toBe('present');
    expect(tenseOf('Students planned a sit-in at the library on Sunday.', 'Sunday')).toBe('future');
  });
});

describe('tenseAt, publishing, headlines and reported arrangements', () => {
  it('reads a verb of publishing with its object as a schedule, and the noun as none', () => {
    expect(tenseOf('The retailer reports earnings on Thursday.', 'Thursday')).toBe('future');
    expect(tenseOf('The statistics office releases its figures Friday.', 'Friday')).toBe('future');
    expect(tenseOf('Local reports on Monday said the road was shut.', 'Monday')).toBe('past');
    expect(tenseOf('The report on Monday found errors.', 'Monday')).toBe('past');
  });

  it('reads a headline in the simple present as the nearest, its infinitive as ahead', () => {
    expect(tenseOf('Premier visits flood zone on Monday', 'Monday')).toBe('present');
    expect(tenseOf('Premier to visit flood zone on Monday', 'Monday')).toBe('future');
    // Prose with a full stop, or a wrapped line with more text after it, is no headline.
    expect(tenseOf('The premier visits the flood zone on Monday.', 'Monday')).toBe('future');
    const wrapped = 'The premier visits the flood zone on Monday\nwith aid officials.';
    expect(tenseOf(wrapped, 'Monday')).toBe('future');
  });

  it('reads a happening called for a day as ahead of the calling', () => {
    expect(tenseOf('The union has called a strike for Thursday.', 'Thursday')).toBe('future');
    expect(tenseOf('Police called a news conference for Friday.', 'Friday')).toBe('future');
  });

  it('reads an arrangement reported with a past "was" as the nearest', () => {
    expect(tenseOf('The club said the final was on Friday.', 'Friday')).toBe('present');
    expect(tenseOf('She told friends she was leaving on Sunday.', 'Sunday')).toBe('present');
    // Without a verb of reporting, a past progressive is past.
    expect(tenseOf('He was leaving on Sunday when the storm hit.', 'Sunday')).toBe('past');
  });
});

describe('tenseAt, limits and objects', () => {
  it('reads a weekday limit for something still to do as ahead', () => {
    expect(tenseOf('The court gave both sides until Friday to reply.', 'Friday')).toBe('future');
    expect(tenseOf('Voters have until Monday to register.', 'Monday')).toBe('future');
  });

  it('finds a bare plural object between a directive and its infinitive', () => {
    expect(tenseOf('Officials told villagers to leave by Friday.', 'Friday')).toBe('future');
  });

  it('keeps a reported "was" past when its subject is a happening nobody schedules', () => {
    expect(tenseOf('Police said the stabbing was on Thursday.', 'Thursday')).toBe('past');
  });

  it('does not read "to" before a number in a headline as an infinitive', () => {
    expect(tenseOf('Jobless rate climbs to 4.1 percent in May', 'May')).not.toBe('future');
  });

  it('reads a day called for in a past perfect as the nearest', () => {
    expect(tenseOf('The club had called a meeting for Monday.', 'Monday')).toBe('present');
  });
});

describe('tenseAt, coordinated predicates', () => {
  it('reads a scheduled present joined by "and" to an earlier verb', () => {
    const s = 'The treaty was ratified in March and enters force in June.';
    expect(tenseOf('The law was passed in May and takes effect in July.', 'July')).toBe('future');
    expect(tenseOf(s, 'March')).toBe('past');
  });

  it('keeps a plural noun before "and" from making the "-s" word a verb', () => {
    expect(tenseOf('The party won seats and votes in May.', 'May')).toBe('past');
  });
});

describe('tenseAt, the market’s day', () => {
  it('reads "polls close" as a schedule but "shares end lower" as no schedule', () => {
    expect(tenseOf('Polls close at 8 p.m. on Sunday.', 'Sunday')).toBe('future');
    expect(tenseOf('Shares of the lender end lower on Monday.', 'Monday')).not.toBe('future');
  });
});

describe('tenseAt, deadlines demanded', () => {
  it('reads a weekday deadline after a past verb of demanding as ahead', () => {
    expect(tenseOf('The judge ordered the return of the passports by Monday.', 'Monday')).toBe(
      'future',
    );
    expect(tenseOf('The league demanded an apology by Friday.', 'Friday')).toBe('future');
  });

  it('leaves "until" after a past verb of state in the past', () => {
    expect(tenseOf('The gallery stayed open until Friday.', 'Friday')).toBe('past');
  });
});

describe('createTenseReaders: verbTenses', () => {
  it('gives the tenses of the verb groups inside a range', () => {
    const text = 'Norway pledged $2 million in March, and it remains the largest donor.';
    const { verbTenses } = createTenseReaders(text);
    const comma = text.indexOf(',');
    expect(verbTenses(0, comma)).toEqual(['past']);
    expect(verbTenses(comma + 1, text.length)).toEqual(['present']);
  });
});
