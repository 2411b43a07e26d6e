/*
 * The small words the event builder (events/) reads around a date: what makes a length
 * an offset, what opens another happening's clause, what carries a story on, what a
 * title may not end with. Kept apart from the rules that use them, so that another
 * language adds its own lists beside these.
 */

/** Words after a duration that make it an offset from another happening: "two days after". */
export const OFFSET_WORDS: ReadonlySet<string> = new Set([
  'after',
  'before',
  'later',
  'earlier',
  'afterwards',
  'afterward',
]);

/** Offset words that count forward from the happening named: "a week after", "two days later". */
export const FORWARD_OFFSET_WORDS: ReadonlySet<string> = new Set([
  'after',
  'later',
  'afterwards',
  'afterward',
]);

/** Words before a length that make it the length of what follows: "for three weeks". */
export const LENGTH_WORDS: readonly string[] = ['for'];

/** "this article", "the story": the text speaking of itself, not a happening. */
export const SELF_REFERENCE_WORDS: readonly string[] = ['this', 'the'];
export const SELF_REFERENCE_NOUNS: readonly string[] = [
  'article',
  'story',
  'piece',
  'post',
  'report',
  'version',
];

/** Ordinals that count happenings: "the third rally organized this year". */
export const ORDINAL_WORDS: readonly string[] = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
];
/** Endings of an ordinal written in digits: "21st", "3rd". */
export const ORDINAL_SUFFIXES: readonly string[] = ['st', 'nd', 'rd', 'th'];

/** Words that make a dated noun the starting point of what the clause tells: "after the March 3 vote". */
export const FROM_WORDS: ReadonlySet<string> = new Set([
  'after',
  'following',
  'since',
  'from',
  'upon',
]);

/** Words that open the clause of another happening inside one sentence. */
export const CONNECTIVES: ReadonlySet<string> = new Set([
  'for',
  'and',
  'but',
  'while',
  'when',
  'whereas',
  'after',
  'before',
  'following',
  'as',
  'since',
  'until',
]);

/** Prepositions between an event noun and a date that dates it: "the rally on Monday". */
export const DATING_PREPOSITIONS: ReadonlySet<string> = new Set([
  'on',
  'in',
  'at',
  'of',
  'during',
  'from',
]);

/** Words between a date and a noun that show the noun is not what the date modifies: "two days before the strike". */
export const DATE_NOUN_LINKS: ReadonlySet<string> = new Set([
  'before',
  'after',
  'following',
  'since',
  'until',
  'of',
  'in',
  'on',
  'at',
  'for',
  'by',
  'from',
  'to',
  'with',
  'during',
  'and',
  'or',
]);

/** Words after which an event noun is a verb: "to vote", "will march", "they rally". */
export const VERB_CONTEXT: ReadonlySet<string> = new Set([
  'to',
  'will',
  'would',
  'shall',
  'can',
  'could',
  'may',
  'might',
  'must',
  'not',
  'they',
  'we',
  'i',
  'you',
]);

/** Relative pronouns that open a clause on a noun: "the strike, which began …". */
export const RELATIVE_PRONOUNS: readonly string[] = ['which', 'that'];

/** Words before a date that premodifies a noun, and start the phrase: "the", "last". */
export const PREMODIFIER_OPENERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'its',
  'their',
  'his',
  'her',
  'last',
  'next',
]);

/** Words that stop the adjectives read back from a noun: "said fraudulent elections". */
export const NOT_ADJECTIVES: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'were',
  'was',
  'is',
  'are',
  'say',
  'said',
  'what',
  'at',
  'in',
  'on',
  'of',
  'to',
  'for',
  'by',
]);

/** The articles: a title drops one before its subject. */
export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** Words that carry a story on from the happening before: "then", "later that day". */
export const CONTINUATION_WORDS: readonly string[] = [
  'then',
  'later',
  'afterwards',
  'afterward',
  'subsequently',
  'meanwhile',
  'eventually',
];
/** "that day", "the same morning": the day of the happening before. */
export const SAME_DAY_OPENERS: readonly string[] = ['that', 'the same'];
export const SAME_DAY_UNITS: readonly string[] = [
  'day',
  'morning',
  'afternoon',
  'evening',
  'night',
];

/** Words a title may not end with: "Strike called for". */
export const DANGLING: ReadonlySet<string> = new Set([
  'and',
  'or',
  'of',
  'the',
  'a',
  'an',
  'for',
  'to',
  'in',
  'on',
  'at',
  'with',
  'by',
  'from',
  'as',
  'than',
  'within',
  'until',
  'since',
  'between',
]);

/** The word joining the last two of a list of names: "Abilov and Kosanov". */
export const LIST_JOINERS: readonly string[] = ['and'];

/** Prepositions that put a place after an event noun: "the rally in Almaty". */
export const PLACE_AFTER_NOUN: ReadonlySet<string> = new Set(['in', 'at', 'near', 'of']);

/** Units of a length written as a modifier: "90-day", "six-month", "two-year". */
export const MODIFIER_LENGTH_UNITS: readonly string[] = ['day', 'week', 'month', 'year'];

/**
 * Conjunctions that, after a comma, open a clause of its own: "pledged $2 million in
 * March, and it remains the largest donor".
 */
export const CLAUSE_COORDINATORS: ReadonlySet<string> = new Set([
  'and',
  'but',
  'while',
  'whereas',
  'although',
  'though',
  'yet',
]);

/** Verbs of scheduling whose words belong to the date they give: "called for", "due on". */
export const SCHEDULING_PHRASE_VERBS: readonly string[] = [
  'called',
  'set',
  'scheduled',
  'slated',
  'planned',
  'due',
  'timed',
  'fixed',
  'expected',
  'postponed',
  'moved',
  'delayed',
];
/** Prepositions between such a verb and its date. */
export const SCHEDULING_PREPOSITIONS: readonly string[] = ['for', 'on', 'in', 'until', 'to'];
