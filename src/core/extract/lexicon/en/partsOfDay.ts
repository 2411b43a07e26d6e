/** The night just gone, said alone as a time: "talks went on overnight". */
export const OVERNIGHT = 'overnight';

/** Words for the parts of the day, and the TimeML code each stands for ("morning" → MO). */
export const PARTS_OF_DAY: ReadonlyMap<string, 'MO' | 'AF' | 'EV' | 'NI'> = new Map([
  ['morning', 'MO'],
  ['afternoon', 'AF'],
  ['evening', 'EV'],
  ['night', 'NI'],
  [OVERNIGHT, 'NI'],
]);

/** The parts of the day a date is divided into: "the morning of May 3", "every evening". */
export const DAY_PARTS: readonly string[] = ['morning', 'afternoon', 'evening', 'night'];

/** Words that place a time early or late in a part of the day: "early in the morning of", "the late evening of". */
export const PART_OF_DAY_POSITIONS: readonly string[] = ['early', 'late'];

/** The word between such a position and its part of the day: "early in the morning". */
export const POSITION_IN = 'in';

/** A part of the day said as its hours: "the early morning hours of May 3". */
export const HOURS_WORD = 'hours';

/** The parts of the daylight, named alone as a time: "in the morning", "by mid-afternoon". */
export const DAYTIME_PARTS: readonly string[] = ['morning', 'afternoon', 'evening'];

/** Words before "the morning" that make it a time: "in the morning", "until the evening". */
export const PART_OF_DAY_BEFORE_THE: readonly string[] = [
  'in',
  'during',
  'by',
  'until',
  'till',
  'through',
  'throughout',
  'since',
];

/** The same, written lower case only: "into the evening". */
export const INTO = 'into';

/** The word that puts a time in the middle of a part of the day: "mid-afternoon", "midmorning". */
export const MID = 'mid';

/** Nouns a part of the day classifies: "morning show", "evening news", "morning rush". */
export const PART_OF_DAY_NOUNS: readonly string[] = [
  'show',
  'news',
  'paper',
  'papers',
  'edition',
  'editions',
  'prayer',
  'prayers',
  'session',
  'sessions',
  'rush',
  'commute',
  'commuters',
  'star',
  'sun',
  'light',
  'dew',
  'mist',
  'sickness',
  'person',
  'people',
  'class',
  'classes',
  'shift',
  'shifts',
  'newspaper',
  'bulletin',
  'briefing',
  'meeting',
  'meetings',
  'walk',
  'run',
  'routine',
  'hours',
  'trading',
];

/** The part of the day things are done in, of no one day: "travelled at night", "night attacks". */
export const NIGHT = 'night';

/** Its adjective ending: "a night-time retreat". */
export const TIME_SUFFIX = '-time';

/** Words before "night" that make it when things are done: "at night", "by night". */
export const NIGHT_BEFORE_WORDS: readonly string[] = ['at', 'by'];

/** What is done by night: "night raids", "night-time retreat". */
export const NIGHT_WORK: readonly string[] = [
  'raid',
  'raids',
  'attack',
  'attacks',
  'assault',
  'assaults',
  'operation',
  'operations',
  'patrol',
  'patrols',
  'retreat',
  'retreats',
  'march',
  'marches',
  'bombing',
  'bombings',
  'shelling',
  'curfew',
  'curfews',
  'fighting',
  'crossing',
  'crossings',
];
