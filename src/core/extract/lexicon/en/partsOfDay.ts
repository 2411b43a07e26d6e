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
