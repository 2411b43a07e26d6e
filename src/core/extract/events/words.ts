import { EVENT_NOUN_CLASSES, EVENT_VERB_CLASSES, NOUN_PARTICIPLES } from '../lexicon/en/index.ts';
import { plainWordReader, type Word, type WordReader } from '../grammar/tokens.ts';

/** The word without a possessive ending: "January's" → "january". */
export function bare(word: Word): string {
  return word.lower.endsWith("'s") ? word.lower.slice(0, -2) : word.lower;
}

export function isPossessive(word: Word): boolean {
  return /'s$/.test(word.lower);
}

export function isCapitalised(word: Word): boolean {
  return word.capital;
}

const NOUN_TO_CLASS = new Map<string, string>(
  Object.entries(EVENT_NOUN_CLASSES).flatMap(([cls, nouns]) => nouns.map((n) => [n, cls] as const)),
);

/** The event classes named in a stretch of text: "the march reached …" → {"protest"}. */
export function eventClassesIn(
  text: string,
  start: number,
  end: number,
  words: WordReader = plainWordReader(text),
): Set<string> {
  const classes = new Set<string>();
  for (const word of words(start, end)) {
    const cls = eventNounClass(word);
    if (cls) classes.add(cls);
  }
  return classes;
}

/** The class of an event noun ("rally" → "protest"), or undefined for other words. */
export function eventNounClass(word: Word): string | undefined {
  // "March" the month is not "march" the protest.
  const noun = bare(word);
  if (noun === 'march' && isCapitalised(word)) return undefined;
  return NOUN_TO_CLASS.get(noun);
}

/** The event class of a verb ("marched" → "protest"), or undefined. */
export function eventVerbClass(word: Word): string | undefined {
  return EVENT_VERB_CLASSES[word.lower];
}

export function participleOfNoun(word: Word): string | undefined {
  return NOUN_PARTICIPLES[bare(word)];
}
