import {
  BARE_SEASON_BEFORE,
  COUNTER_PREFIX,
  DEFINITE_ARTICLE,
  FALL_AS_DROP_AFTER,
  PLURAL_ENDING,
  SEASONS,
  SEASON_ALSO_A_VERB,
  SEASON_CAMPAIGNS,
  SEASON_DETERMINERS,
  SEASON_POSITIONS,
  OF,
  STORY_DETERMINER,
  occurrenceOf,
} from '../../lexicon/en/index.ts';
import { withOptionalEnding, wordsInOrder } from '../../lexicon/pattern.ts';
import type { Candidate, Recogniser } from '../types.ts';
import { bounds, scan } from './scan.ts';

const SEASON = wordsInOrder(SEASONS.keys());
const LEAD = wordsInOrder([...SEASON_DETERMINERS, ...SEASON_POSITIONS]);
const YEAR = '((?:1[0-9]|20)\\d\\d)';

// A season needs a determiner or a year, so that "prices fall" is not autumn:
// "this summer", "last fall", "the spring of 2011", "winter 2010", "in the autumn".
const PATTERN = new RegExp(
  `\\b(?:(${LEAD}) ?)(${SEASON})(?:(?: ${OF})? ${YEAR}\\b)?\\b(?!-\\w)|\\b(${SEASON}) ${YEAR}\\b`,
  'gi',
);

/**
 * A season without a determiner where it dates something: after "in", "during",
 * "over", "until" ("fighting stopped in winter"), or before a campaign it names ("the
 * summer offensive", "a spring campaign", "their winter counter-offensive"). "Fall"
 * alone is a verb or a drop too often, so it counts only before a campaign.
 */
const BARE = new RegExp(`\\b(${SEASON})\\b(?! ${OF}\\b|-)`, 'gi');

/** Words before a bare season that make it a time: "in winter", "during summer". */
const BARE_BEFORE = new RegExp(`\\b(?:${wordsInOrder(BARE_SEASON_BEFORE)}) $`, 'i');

/** Campaigns a season names: "the summer offensive", "a winter counter-offensive". */
const CAMPAIGN_AFTER = new RegExp(
  `^ (?:${withOptionalEnding([COUNTER_PREFIX], '-')})?(?:${withOptionalEnding(SEASON_CAMPAIGNS, PLURAL_ENDING)})\\b`,
  'i',
);

/** "the fall in prices": after "the fall", a drop, not autumn. */
const DROP_AFTER = new RegExp(`^ (?:${wordsInOrder(FALL_AS_DROP_AFTER)})\\b`);

/** Which of the words before a season place the time inside it ("early", "mid-"). */
const POSITIONS: ReadonlySet<string> = new Set(SEASON_POSITIONS);

/** What every match of PATTERN and BARE holds: a season's name, in any case. */
const NAMED = new RegExp(SEASON, 'i');

/** Seasons: "last summer" → `2011-SU`, "the fall of 2010" → `2010-FA`. */
export const season: Recogniser = {
  name: 'season',
  // Both patterns need a season's name, which most texts lack: one search spares both.
  find: ({ text }) => (NAMED.test(text) ? [...withDeterminer(text), ...bare(text)] : []),
};

function bare(text: string): Candidate[] {
  return scan(text, BARE, (m) => {
    const { start, end } = bounds(m);
    const word = (m[1] ?? '').toLowerCase();
    const code = SEASONS.get(word);
    if (!code) return undefined;
    const campaign = CAMPAIGN_AFTER.test(text.slice(end, end + 24));
    const cued =
      word !== SEASON_ALSO_A_VERB && BARE_BEFORE.test(text.slice(Math.max(0, start - 12), start));
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
    const code = SEASONS.get(name);
    if (!code) return undefined;
    const yearText = m[3] ?? m[5];
    const lead = (m[1] ?? '').toLowerCase();
    // "the fall" alone is too often a drop ("the fall in prices").
    if (
      name === SEASON_ALSO_A_VERB &&
      lead === DEFINITE_ARTICLE &&
      yearText === undefined &&
      DROP_AFTER.test(text.slice(end, end + 4))
    )
      return undefined;
    // Early/late/mid are modifiers, handled (and put in the span) by the modifier step.
    const modifierLead = POSITIONS.has(lead);
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
        yearOfPrevious: lead === STORY_DETERMINER ? true : undefined,
      },
      rule: 'season',
    };
  });
}
