import { occurrenceOf } from '../../lexicon/en/index.ts';
import type { Candidate, Recogniser, Season } from '../types.ts';
import { bounds, scan } from './scan.ts';

const SEASONS: Readonly<Record<string, Season>> = {
  spring: 'SP',
  summer: 'SU',
  fall: 'FA',
  autumn: 'FA',
  winter: 'WI',
};

// A season needs a determiner or a year, so that "prices fall" is not autumn:
// "this summer", "last fall", "the spring of 2011", "winter 2010", "in the autumn".
const PATTERN =
  /\b(?:(this past|this coming|this|that|last|next|the|early|late|mid-?) ?)(spring|summer|fall|autumn|winter)(?:(?: of)? ((?:1[0-9]|20)\d\d)\b)?\b(?!-\w)|\b(spring|summer|fall|autumn|winter) ((?:1[0-9]|20)\d\d)\b/gi;

/**
 * A season without a determiner where it dates something: after "in", "during",
 * "over", "until" ("fighting stopped in winter"), or before a campaign it names ("the
 * summer offensive", "a spring campaign", "their winter counter-offensive"). "Fall"
 * alone is a verb or a drop too often, so it counts only before a campaign.
 */
const BARE = /\b(spring|summer|autumn|winter|fall)\b(?! of\b|-)/gi;

/** Words before a bare season that make it a time: "in winter", "during summer". */
const BARE_BEFORE = /\b(?:in|during|over|until|through|throughout|by) $/i;

/** Campaigns a season names: "the summer offensive", "a winter counter-offensive". */
const CAMPAIGN_AFTER = /^ (?:counter-?)?(?:offensives?|campaigns?|assaults?|operations?)\b/i;

/** Seasons: "last summer" → `2011-SU`, "the fall of 2010" → `2010-FA`. */
export const season: Recogniser = {
  name: 'season',
  find: ({ text }) => [...withDeterminer(text), ...bare(text)],
};

function bare(text: string): Candidate[] {
  return scan(text, BARE, (m) => {
    const { start, end } = bounds(m);
    const word = (m[1] ?? '').toLowerCase();
    const code = SEASONS[word];
    if (!code) return undefined;
    const campaign = CAMPAIGN_AFTER.test(text.slice(end, end + 24));
    const cued = word !== 'fall' && BARE_BEFORE.test(text.slice(Math.max(0, start - 12), start));
    if (!campaign && !cued) return undefined;
    return {
      start,
      end,
      type: 'DATE',
      meaning: { kind: 'calendar', season: code },
      rule: 'season',
    };
  });
}

function withDeterminer(text: string): Candidate[] {
  return scan(text, PATTERN, (m) => {
    const { start, end } = bounds(m);
    const name = (m[2] ?? m[4] ?? '').toLowerCase();
    const code = SEASONS[name];
    if (!code) return undefined;
    const yearText = m[3] ?? m[5];
    const lead = (m[1] ?? '').toLowerCase();
    // "the fall" alone is too often a drop ("the fall in prices").
    if (
      name === 'fall' &&
      lead === 'the' &&
      yearText === undefined &&
      /^ (?:in|of)\b/.test(text.slice(end, end + 4))
    )
      return undefined;
    // Early/late/mid are modifiers, handled (and put in the span) by the modifier step.
    const modifierLead = lead === 'early' || lead === 'late' || lead.startsWith('mid');
    const which = occurrenceOf(lead);
    return {
      start: modifierLead
        ? start + (m[0].length - m[0].slice(lead.length).trimStart().length)
        : start,
      end,
      type: 'DATE',
      meaning: {
        kind: 'calendar',
        season: code,
        year: yearText === undefined ? undefined : Number(yearText),
        which,
        // "That summer, protests began": the summer of the year under discussion.
        yearOfPrevious: lead === 'that' ? true : undefined,
      },
      rule: 'season',
    };
  });
}
