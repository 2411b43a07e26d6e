/*
 * English words that show a month word is a name or a noun, not a month: "Theresa May
 * said", "Mrs. May", "the Long March", "the annual March for Life". Kept apart from
 * the rule that uses them (timex/recognise/monthDate.ts), so that another language
 * adds its own lists beside these.
 */
import { MONTH_NAMES } from './time.ts';

/** Words before a month that pick one occurrence: "last March", "this coming May". */
export const MONTH_LEADS: readonly string[] = ['last', 'next', 'this', 'this past', 'this coming'];

/** The month name that is also a verb: "May be", "May I". */
export const MONTH_ALSO_A_VERB = 'May';

/** Words after "May" that make it the verb. */
export const AFTER_MAY_THE_VERB: readonly string[] = [
  'be',
  'have',
  'not',
  'I',
  'we',
  'you',
  'he',
  'she',
  'it',
  'they',
];

/** The month name that is also a noun: "the Long March", "the March for Life". */
export const MONTH_ALSO_A_NOUN = 'March';

/** Full month names as short as an abbreviation, which are months without a dot: "May", "June". */
export const SHORT_MONTH_NAMES: readonly string[] = ['May', 'June', 'July'];

/** Verbs after a name that speaks: "May said", "April told reporters". */
export const SPEAKING_VERBS: readonly string[] = [
  'said',
  'says',
  'told',
  'added',
  'argued',
  'insisted',
  'wrote',
  'tweeted',
  'announced',
  'urged',
  'warned',
  'replied',
  'asked',
  'stressed',
  'denied',
  'admitted',
  'conceded',
];

/** Titles before a surname, with or without a dot: "Mrs. May", "Sen. April". */
export const NAME_TITLES: readonly string[] = [
  'Mr',
  'Mrs',
  'Ms',
  'Miss',
  'Dr',
  'Prof',
  'Sen',
  'Rep',
  'Gov',
  'Lady',
  'Lord',
  'Sir',
  'Dame',
];

/** Capitalised words before a month word that are no first name: "Christmas Day", "Independence". */
export const NOT_FIRST_NAMES: readonly string[] = [
  ...MONTH_NAMES,
  'Day',
  'Eve',
  'Christmas',
  'Easter',
  'Ramadan',
  'Lent',
  'Independence',
];

/**
 * Capitalised words that may open a sentence as a function word or adverb, not as a
 * first name: "Despite May's figures", "Unlike May's" stay months.
 */
export const SENTENCE_OPENING_WORDS: readonly string[] = [
  'A',
  'An',
  'The',
  'This',
  'That',
  'These',
  'Those',
  'Its',
  'His',
  'Her',
  'Their',
  'Our',
  'My',
  'Your',
  'And',
  'But',
  'Or',
  'So',
  'Yet',
  'Despite',
  'Unlike',
  'Like',
  'Even',
  'Only',
  'Also',
  'Then',
  'Both',
  'All',
  'Each',
  'Every',
  'Including',
  'Except',
  'Under',
  'Over',
  'Given',
  'Following',
  'Throughout',
  'Within',
  'Amid',
  'Ahead',
  'Around',
  'Toward',
  'Towards',
  'For',
  'At',
  'To',
  'As',
  'Of',
  'If',
  'When',
  'While',
  'Where',
  'Once',
  'Although',
  'Though',
  'Because',
  'With',
  'Without',
  'Beyond',
  'Against',
  'Unless',
  'Whether',
  'Why',
  'How',
  'What',
  'Which',
  'Meanwhile',
  'However',
  'Still',
  'Now',
  'Yesterday',
  'Today',
  'Tomorrow',
  'Last',
  'Next',
  'Early',
  'Late',
  'Mid',
  'Since',
  'Until',
  'Till',
  'By',
  'In',
  'On',
  'From',
  'Through',
  'During',
  'Before',
  'After',
  'Between',
  'Not',
  'No',
  'Some',
  'Many',
  'Most',
  'Much',
  'More',
  'Less',
  'Fewer',
  'Such',
  'Here',
  'There',
  'Instead',
  'Indeed',
  'Overall',
  'Already',
  'Again',
  'Perhaps',
  'Maybe',
  'Nearly',
  'Almost',
  'About',
  'Roughly',
  'Just',
  'Compared',
  'Versus',
  'Per',
  'Via',
  'Plus',
  'Minus',
  'Beginning',
  'Starting',
  'Ending',
  'Come',
  'Back',
  'Annual',
  'Monthly',
  'Weekly',
  'Strong',
  'Weak',
  'Poor',
  'Solid',
  'Record',
];

/** Words after a subject's name (not a noun a month modifies): "May and", "May has", "May resigned". */
export const AFTER_A_SUBJECT: readonly string[] = [
  'and',
  'who',
  'has',
  'had',
  'have',
  'is',
  'was',
  'will',
  'would',
  'could',
  'should',
  'can',
  'may',
  'must',
  'met',
  'made',
  'won',
  'lost',
  'took',
  'gave',
  'wants',
  'wanted',
  'called',
  'faces',
  'faced',
  'resigned',
  'became',
];

/** Words before a procession's name: "the annual March for Life", "this year's March". */
export const PROCESSION_BEFORE: readonly string[] = [
  'the',
  'a',
  'an',
  'annual',
  "this year's",
  "last year's",
];

/** Words after a procession's name, before its cause or goal: "March for Life", "March on Washington". */
export const PROCESSION_AFTER: readonly string[] = ['for', 'of', 'on', 'against', 'to'];

/** Words after a march as a noun: "March to the Sea", "the Long March through". */
export const AFTER_A_MARCH: readonly string[] = [
  'to',
  'from',
  'through',
  'across',
  'into',
  'on',
  'of',
];

/** Determiners before a march as a noun: "the Long March", "his March". */
export const MARCH_DETERMINERS: readonly string[] = [
  'the',
  'a',
  'an',
  'this',
  'that',
  'his',
  'her',
  'their',
  'its',
];

/** "in January", "since May", "early March": words that only ever precede the month. */
export const MONTH_CUES: readonly string[] = [
  'in',
  'on',
  'by',
  'since',
  'until',
  'till',
  'from',
  'through',
  'during',
  'before',
  'after',
  'last',
  'next',
  'this',
  'early',
  'late',
  'mid',
  'of',
  'between',
];
