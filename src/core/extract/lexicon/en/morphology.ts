/*
 * English word shapes the grammar reads where no list can: the endings of plurals, of
 * regular past forms, of adverbs and of the "-ing" form. Another language writes its
 * own beside these.
 */

/** "arrested", "rounded": the shape of a regular past (two letters at least before "-ed"). */
export function hasRegularPastEnding(lower: string): boolean {
  // `/^[a-z]{2,}ed$/`, tested by code unit: it is asked of nearly every word of a text.
  if (lower.length < 4 || !lower.endsWith('ed')) return false;
  for (let i = 0; i < lower.length - 2; i++) {
    const c = lower.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** "leaving", "expecting": the "-ing" form. */
export function hasIngEnding(lower: string): boolean {
  return lower.endsWith('ing');
}

/** "quickly", "reportedly": an adverb in "-ly" (not "early", and not a short word). */
export function isLyAdverb(lower: string): boolean {
  return lower.length > 4 && lower.endsWith('ly') && lower !== 'early';
}

/** Any word ending in "-ly", however short: "only", "fly". */
export function hasLyEnding(lower: string): boolean {
  return lower.endsWith('ly');
}

/** "rates", "troops", not "his" or "bus": a plural in "-s" (neither "-ss" nor "-us"). */
export function looksPlural(lower: string): boolean {
  return /[^su]s$/.test(lower);
}

/** "rates", "bus", not "press": a word in "-s" after anything but another "s". */
export function hasSingleSEnding(lower: string): boolean {
  return /[^s]s$/.test(lower);
}

/** "famous", "various": adjectives in "-ous", which look plural and are not. */
export function hasOusEnding(lower: string): boolean {
  return lower.endsWith('ous');
}

/** The ending of an adverb made from a noun: "quarterly". */
export const ADVERB_ENDING = 'ly';

/** The ending of a possessive, with a straight apostrophe: "Friday's". */
export const POSSESSIVE_ENDING = "'s";

/** The endings of a possessive, either apostrophe: "Friday's", "Friday’s". */
export const POSSESSIVE_ENDINGS: readonly string[] = [POSSESSIVE_ENDING, '’s'];

/** The ending of a regular plural: "Mondays". */
export const PLURAL_ENDING = 's';
