/**
 * English function words shared by every stage: determiners, pronouns, modal
 * auxiliaries, verbs of reporting, abbreviations. Lower case, straight apostrophes.
 */
import { WEEKDAYS } from './time.ts';

/** The definite article, which many date phrases open with: "the spring of 2011". */
export const DEFINITE_ARTICLE = 'the';

/** The preposition of a part to its whole: "the autumn of 1812", "the first quarter of the year". */
export const OF = 'of';

/** Articles, possessives and demonstratives right before a noun they make a kind of thing: "an overnight stay". */
export const NOUN_DETERMINERS: readonly string[] = [
  'a',
  'an',
  'the',
  'its',
  'his',
  'her',
  'their',
  'our',
  'this',
  'that',
];

/** Words that open a noun phrase: "the", "a", "its", "no", "another". */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'another',
  'its',
  'his',
  'her',
  'their',
  'our',
  'my',
  'your',
  'some',
  'any',
  'no',
  'each',
  'every',
]);

export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set([
  'his',
  'her',
  'its',
  'their',
  'our',
]);

/** Pronouns (and "there") that stand as a clause's subject. */
export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set([
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'this',
  'that',
  'there',
]);

/** Words that open a new clause or a time adjunct; a headline stops before them. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'after',
  'before',
  'following',
  'when',
  'while',
  'as',
  'since',
  'until',
  'amid',
  'because',
  'although',
  'though',
  'but',
  'which',
  'who',
  'where',
  'suggesting',
  'saying',
  'including',
]);

/** The modal auxiliaries: "will", "would", "could", "may", … */
export const MODAL_AUXILIARIES: ReadonlySet<string> = new Set([
  'will',
  'would',
  'shall',
  'should',
  'can',
  'could',
  'may',
  'might',
  'must',
]);

/**
 * Past verbs of speaking: a past "was" in what they report may be a present shifted
 * back ("said the meeting was on Friday" tells "the meeting is on Friday").
 */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'said',
  'told',
  'announced',
  'added',
  'confirmed',
  'explained',
  'stated',
  'insisted',
  'noted',
  'wrote',
  'tweeted',
]);

/**
 * Past verbs that report words or thoughts rather than happenings: the verbs of
 * speaking, and "claimed", "believed", "seemed", …
 */
export const WORD_AND_THOUGHT_VERBS: ReadonlySet<string> = new Set([
  ...REPORTING_VERBS,
  'reported',
  'claimed',
  'argued',
  'denied',
  'accused',
  'warned',
  'asked',
  'replied',
  'commented',
  'suggested',
  'believed',
  'thought',
  'knew',
  'felt',
  'seemed',
  'appeared',
]);

/** The days of the week, lower case. */
export const WEEKDAY_WORDS: ReadonlySet<string> = new Set(WEEKDAYS.keys());

/**
 * Words that end in a full stop without ending the sentence ("Mr.", "Sept.", "U.S.",
 * "a.m."), written without their last dot.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sen',
  'rep',
  'gov',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'st',
  'jr',
  'sr',
  'co',
  'corp',
  'inc',
  'ltd',
  'dept',
  'univ',
  'assn',
  'vs',
  'etc',
  'u.s',
  'u.k',
  'u.n',
  'e.g',
  'i.e',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'a.m',
  'p.m',
  'ft',
  'mt',
]);
