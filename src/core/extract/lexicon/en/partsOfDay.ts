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
