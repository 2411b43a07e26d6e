import * as lexicon from '../../lexicon/en/index.ts';

// Read once into locals: hot loops then touch no module bindings.
const { UNPLANNED_EVENT_NOUNS } = lexicon;

/**
 * Whether the date ending at `end` modifies a noun of a happening nobody schedules:
 * "the Jan. 6 attack", "the Sept. 11 attacks", "the Monday shooting". Such a date names
 * one that has happened, so it lies before the telling whatever the clause's tense.
 * A character scan of the next word, with one set look-up.
 */
export function namesUnplannedEvent(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x2d)) i++;
  if (i === end || i - end > 2) return false;
  let j = i;
  while (j < text.length && j - i < 14 && isLetter(text.charCodeAt(j))) j++;
  if (j === i || (j < text.length && isLetter(text.charCodeAt(j)))) return false;
  return UNPLANNED_EVENT_NOUNS.has(text.slice(i, j).toLowerCase());
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
