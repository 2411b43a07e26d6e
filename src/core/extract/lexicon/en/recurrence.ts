/*
 * English words of a recurring time (TimeML SET): "weekly", "every two months",
 * "twice a week", "$5 a year", and the words around them that show a kind of thing
 * rather than a recurrence. Kept apart from the rule that uses them
 * (timex/recognise/set.ts), so that another language adds its own lists beside these.
 */
import { CLOCK_HOUR_WORDS, MONTH_NAMES } from './time.ts';

/** Adverbs of frequency and the TimeML period of each: "weekly" → P1W. */
export const FREQUENCY_ADVERBS: ReadonlyMap<string, string> = new Map([
  ['hourly', 'PT1H'],
  ['daily', 'P1D'],
  ['nightly', 'P1D'],
  ['weekly', 'P1W'],
  ['biweekly', 'P2W'],
  ['fortnightly', 'P2W'],
  ['monthly', 'P1M'],
  ['bimonthly', 'P2M'],
  ['quarterly', 'P3M'],
  ['yearly', 'P1Y'],
  ['annually', 'P1Y'],
  ['semi-annually', 'P6M'],
  ['biannually', 'P6M'],
]);

/** The frequency adverb that more often classifies a thing: "its quarterly dividend". */
export const CLASSIFYING_ADVERB = 'quarterly';

/** Frequency adverbs that also name a newspaper: "the business weekly Barron's". */
export const PUBLICATION_ADVERBS: readonly string[] = ['daily', 'weekly', 'monthly'];

/** Nouns of a publication after such an adverb (singular; plurals too): "a daily newspaper". */
export const PUBLICATION_NOUNS: readonly string[] = [
  'newspaper',
  'paper',
  'tabloid',
  'magazine',
  'journal',
  'edition',
];

/** Capitalised words after "daily" that start a sentence or a date, not a newspaper's name. */
export const NOT_A_PUBLICATION_NAME: readonly string[] = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  ...MONTH_NAMES,
  'The',
  'This',
  'That',
  'It',
  'He',
  'She',
  'They',
  'We',
  'I',
  'But',
  'And',
  'In',
  'On',
  'At',
  'For',
];

/** Words that make a unit recur: "every week", "each year" (TimeML's quant is the word). */
export const EVERY_WORDS: readonly string[] = ['every', 'each'];

/** "every other day": every second one. */
export const EVERY_OTHER = 'other';

/** Words of how many times: "once a week", "twice a year". */
export const TIMES_WORDS: ReadonlyMap<string, number> = new Map([
  ['once', 1],
  ['twice', 2],
  ['thrice', 3],
]);

/** The noun after a count of times: "three times a year". */
export const TIMES_NOUN = 'times';

/** Words between a count of times and its unit: "twice a week", "once per month". */
export const TIMES_PER_WORDS: readonly string[] = ['a', 'an', 'per', 'each', 'every'];

/** Units a rate is per, and the TimeML period of each: "per day" → P1D. */
export const RATE_UNITS: ReadonlyMap<string, string> = new Map([
  ['hour', 'PT1H'],
  ['day', 'P1D'],
  ['night', 'P1D'],
  ['week', 'P1W'],
  ['month', 'P1M'],
  ['quarter', 'P3M'],
  ['year', 'P1Y'],
]);

/** Units a count of times is per: "twice a week" (not "twice a night"). */
export const TIMES_PER_UNITS: readonly string[] = [
  'hour',
  'day',
  'week',
  'month',
  'quarter',
  'year',
];

/** Units of a rate after a counted noun: "four flights a week", "24 hours a day". */
export const RATE_AFTER_NOUN_UNITS: readonly string[] = [
  'hour',
  'day',
  'night',
  'week',
  'month',
  'year',
];

/** The article before a rate's unit: "$5 a year". */
export const RATE_ARTICLES: readonly string[] = ['a', 'an'];

/** The preposition of a rate: "per day". */
export const PER = 'per';

/** Words of an amount a rate follows: "10 percent a month", "$2 million a year". */
export const AMOUNT_WORDS: readonly string[] = [
  'percent',
  'cents',
  'cent',
  'dollars',
  'euros',
  'pounds',
  'million',
  'billion',
  'trillion',
];

/** Words of a count earlier in a clause, before a plural noun and its rate: "four flights a week". */
export const COUNT_WORDS_BEFORE_PLURAL: readonly string[] = [
  // "two" to "twelve" ("one" counts no plural).
  ...CLOCK_HOUR_WORDS.slice(1),
  'fifteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'hundred',
  'thousand',
  'million',
  'dozens',
  'dozen',
  'hundreds',
  'thousands',
  'millions',
  'several',
  'many',
  'few',
  'multiple',
];

/** Words ending in "s" that are not plural nouns: "it was a day of", "as a year". */
export const NOT_PLURAL_NOUNS: readonly string[] = [
  'was',
  'has',
  'does',
  'is',
  'this',
  'thus',
  'its',
  'his',
  'hers',
  'ours',
  'yours',
  'theirs',
  'plus',
  'less',
  'unless',
  'across',
  'perhaps',
  'always',
  'sometimes',
  'besides',
  'whereas',
  'towards',
  'afterwards',
  'nevertheless',
  'news',
  'series',
  'species',
  'bus',
  'gas',
  'famous',
  'various',
  'previous',
  'serious',
  'obvious',
  'numerous',
  'enormous',
  'anxious',
  'nervous',
  'yes',
  'us',
  'minus',
  'versus',
  'status',
  'focus',
  'bonus',
  'census',
  'campus',
  'virus',
  'crisis',
  'basis',
  'thesis',
  'analysis',
  'emphasis',
  'diagnosis',
  'process',
  'access',
  'success',
  'business',
  'address',
  'progress',
  'congress',
  'witness',
  'illness',
  'darkness',
  'weakness',
  'fitness',
  'awareness',
  'willingness',
  'readiness',
  'goes',
  'makes',
  'takes',
  'gives',
  'comes',
  'seems',
  'means',
  'needs',
  'becomes',
  'remains',
  'lasts',
  'spends',
  'marks',
  'gets',
  'puts',
  'sets',
  'runs',
  'turns',
  'keeps',
  'leaves',
  'says',
  'sees',
  'asks',
  'tells',
  'feels',
  'looks',
  'wants',
  'works',
  'serves',
  'begins',
  'ends',
  'starts',
];

/**
 * Words after "a day" that make it a length or a point, not a rate: "a year ago", "a
 * day after the vote", "a week or two", "a month of talks", "a year old".
 */
export const NOT_A_RATE_AFTER: readonly string[] = [
  'ago',
  'earlier',
  'later',
  'before',
  'after',
  'from',
  'since',
  'into',
  'of',
  'or',
  'old',
  'long',
  'apart',
  'prior',
  'beyond',
  'ahead',
  'behind',
  'away',
  'back',
  'early',
  'late',
  'too',
  'in advance',
];

/** "a day to two weeks": the word of a range to a longer unit, which is no rate either. */
export const RANGE_TO = 'to';

/** Units such a range runs to: "a day to two weeks". */
export const RANGE_TO_UNITS: readonly string[] = ['year', 'month', 'week', 'day'];

/** Words after which an adjective is not before its noun: "paid quarterly to ...". */
export const NOT_BEFORE_A_NOUN: readonly string[] = [
  'and',
  'or',
  'but',
  'in',
  'on',
  'at',
  'to',
  'for',
  'of',
  'from',
  'by',
  'with',
  'through',
  'since',
  'until',
  'than',
  'as',
  'after',
  'before',
  'while',
  'when',
  'because',
  'that',
  'the',
  'a',
  'an',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'over',
  'into',
];

/** Determiners and adjectives right before a classifying "quarterly": "its quarterly", "an initial quarterly". */
export const CLASSIFIER_DETERMINERS: readonly string[] = [
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'our',
  'your',
  'this',
  'that',
  'these',
  'those',
  'initial',
  'regular',
  'latest',
  'first',
  'next',
  'last',
];

/** Words joining weekdays that recur together: "every Tuesday and Thursday". */
export const WEEKDAY_JOINERS: readonly string[] = ['and', 'or'];
