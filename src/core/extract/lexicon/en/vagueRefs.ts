/*
 * English words of a vague reference to the present, past or future ("now",
 * "recently", "the future", "at the time"), and the words around them that show they
 * are not about time. Kept apart from the rule that uses them
 * (timex/recognise/vagueRef.ts), so that another language adds its own lists beside these.
 */

/** Words of the present (TimeML PRESENT_REF), in the order the rule tries them. */
export const PRESENT_REF_WORDS: readonly string[] = [
  'right now',
  'now',
  'currently',
  'nowadays',
  'these days',
  'at present',
  'the present',
  'this moment',
  'current',
];

/** Words of the past (PAST_REF). */
export const PAST_REF_WORDS: readonly string[] = [
  'recently',
  'lately',
  'in the past',
  'the past',
  'in years past',
  'recent decades',
];

/** Words of the future (FUTURE_REF). */
export const FUTURE_REF_WORDS: readonly string[] = [
  'the future',
  'the near future',
  'the near term',
  'the short term',
  'coming quarters',
  'coming decades',
];

/** "the present" and the nouns after it that make it no time: "the present tense". */
export const THE_PRESENT = 'the present';
export const NOT_TIME_AFTER_THE_PRESENT: readonly string[] = [
  'tense',
  'case',
  'system',
  'government',
  'law',
  'value',
];

/** "the past" and the nouns after it that make it no time: "the past participle". */
export const THE_PAST = 'the past';
export const NOT_TIME_AFTER_THE_PAST: readonly string[] = ['tense', 'participle'];

/** "current", a time only before a word: "current levels". */
export const CURRENT = 'current';

/** The word of the present said alone, which may open a sentence as a discourse marker: "Now, he says, …". */
export const NOW = 'now';

/** Prepositions a vague reference leaves out of its span: "in the past" is "the past". */
export const LEFT_OUT_PREPOSITIONS: readonly string[] = ['in', 'at', 'for'];

/** "at present": its preposition, left out the same way. */
export const AT_PRESENT = 'at present';

/** "at the time": the past time under discussion, closing its clause. */
export const AT = 'at';
export const THE_TIME = 'the time';

/** Conjunctions after "at the time" that close its clause: "at the time and …". */
export const CLAUSE_CLOSING_CONJUNCTIONS: readonly string[] = ['and', 'but'];

/** Conjunctions after a comma that open a new clause: "at the time, and …". */
export const CLAUSE_CONJUNCTIONS: readonly string[] = [
  'and',
  'but',
  'so',
  'when',
  'while',
  'because',
  'although',
  'though',
];

/** Pronouns of a speaker's tag: ", he says,". */
export const SPEAKER_PRONOUNS: readonly string[] = ['he', 'she', 'they', 'we', 'I'];

/** Titles in a speaker's tag: ", Ms. Conlin said,". */
export const SPEAKER_TITLES: readonly string[] = ['Mr', 'Mrs', 'Ms', 'Dr'];

/** Verbs of a speaker's tag. */
export const SPEAKER_TAG_VERBS: readonly string[] = [
  'says',
  'said',
  'argues',
  'argued',
  'adds',
  'added',
  'notes',
  'noted',
  'contends',
  'contended',
  'insists',
  'insisted',
  'explains',
  'explained',
];

/** Words after "current", "future", "recent" that are not about time: "current account". */
export const NOT_TEMPORAL_NOUNS: readonly string[] = [
  'account',
  'accounts',
  'affairs',
  'events',
  'electric',
  'flow',
  'flows',
  'sea',
  'river',
  'water',
  'tense',
  'generation',
  'generations',
];
