import type { Timex } from '../../model/index.ts';
import { findClauseVerb, type ClauseReader } from '../grammar/clause.ts';
import type { BuildContext, Draft, EventStep, Head, Range } from './draft.ts';
import { plainWordReader, type Word, type WordReader } from '../grammar/tokens.ts';
import { eventNounClass, eventVerbClass, isPossessive } from './words.ts';
import {
  DATE_NOUN_LINKS as LINKS,
  DATING_PREPOSITIONS as PREPOSITIONS,
  NOT_ADJECTIVES,
  PREMODIFIER_OPENERS,
  RELATIVE_PRONOUNS,
  VERB_CONTEXT,
} from '../lexicon/en/index.ts';
import { wordAlternation } from '../lexicon/pattern.ts';

/** A relative clause on a noun before a date: "the strike, which began on". */
const RELATIVE_BEFORE = new RegExp(
  `([\\p{L}-]+),?\\s+(?:${wordAlternation(RELATIVE_PRONOUNS)})\\s+[^,;:–—]*$`,
  'u',
);

/** Small words allowed between a date and the event noun it modifies: "December's deadly violence". */
const MAX_MODIFIERS = 2;
/** How far before a date an event noun may stand and still be what it dates ("the rally began at noon"). */
const MAX_WORDS_BEFORE = 6;
/** The event class of `words[i]` when it is used as a noun ("the vote", not "to vote"). */
function nounUse(words: readonly Word[], i: number): string | undefined {
  const word = words[i];
  if (!word) return undefined;
  const previous = words[i - 1];
  if (previous && VERB_CONTEXT.has(previous.lower)) return undefined;
  return eventNounClass(word);
}

/** A noun head: the event noun and the phrase it heads. */
function nounHead(word: Word, phraseStart: number, phraseEnd: number): Head {
  return {
    kind: 'noun',
    word: { start: word.start, end: word.end },
    nounClass: eventNounClass(word)!,
    phrase: { start: phraseStart, end: phraseEnd },
  };
}

/** True when no punctuation separates `text[from, to)`: the words on either side go together. */
function gapIsPlain(text: string, from: number, to: number): boolean {
  return !/[,;:–—.!?"“”()]/.test(text.slice(from, to));
}

/**
 * The event noun a date belongs to, if any:
 * - before the noun: "the February 25 protest", "January’s rally", "the two-hour rally";
 * - right after it: "elections last month", "the vote on May 3";
 * - an elided noun: "smaller than last month’s" takes the event noun said earlier;
 * - the subject of a short clause: "the rally began at noon".
 */
export function nounHeadOf(
  text: string,
  draft: Draft,
  anchor: Timex,
  words: WordReader = plainWordReader(text),
): Head | undefined {
  const { quote, sentence } = draft;
  // "January’s rally": the words after the date start after its possessive ending.
  const possessiveAfter = /^['’]s\b/.test(text.slice(anchor.span.end));
  const afterStart = anchor.span.end + (possessiveAfter ? 2 : 0);
  const after = words(afterStart, quote.end);
  const anchorWords = words(anchor.span.start, anchor.span.end);
  const before = words(quote.start, anchor.span.start);

  // Before the noun, with at most two modifiers in between.
  for (const word of after.slice(0, MAX_MODIFIERS + 1)) {
    if (!gapIsPlain(text, afterStart, word.start) || LINKS.has(word.lower)) break;
    if (eventNounClass(word))
      return nounHead(word, determinerStart(before, anchor.span.start), word.end);
  }
  // Right after the noun, possibly through a preposition.
  const last = before[before.length - 1];
  const beforeLast = before[before.length - 2];
  if (last && gapIsPlain(text, last.end, anchor.span.start)) {
    if (nounUse(before, before.length - 1))
      return nounHead(last, nounPhraseStart(before, before.length - 1), last.end);
    if (PREPOSITIONS.has(last.lower) && beforeLast && nounUse(before, before.length - 2))
      return nounHead(beforeLast, nounPhraseStart(before, before.length - 2), beforeLast.end);
  }
  // An elided noun after a possessive date: "than last month’s".
  const lastAnchorWord = anchorWords[anchorWords.length - 1];
  const possessive = (lastAnchorWord && isPossessive(lastAnchorWord)) || possessiveAfter;
  if (possessive && (after.length === 0 || !gapIsPlain(text, afterStart, after[0]!.start))) {
    const earlier = words(Math.max(sentence.start, anchor.span.start - 300), anchor.span.start);
    const said = [...earlier].reverse().find((w) => eventNounClass(w) !== undefined);
    if (said) {
      return {
        kind: 'noun',
        word: { start: said.start, end: said.end },
        nounClass: eventNounClass(said)!,
        phrase: { start: anchor.span.start, end: anchor.span.end },
      };
    }
  }
  // The subject or object of a short clause ending at the date.
  for (let i = before.length - 1; i >= Math.max(0, before.length - MAX_WORDS_BEFORE); i--) {
    const word = before[i]!;
    if (!gapIsPlain(text, word.end, anchor.span.start)) break;
    if (nounUse(before, i)) return nounHead(word, word.start, anchor.span.end);
  }
  // A relative clause on an event noun: "the strike, which began on September 2".
  const relative = RELATIVE_BEFORE.exec(
    text.slice(Math.max(quote.start, anchor.span.start - 120), anchor.span.start),
  );
  if (relative) {
    const offset = Math.max(quote.start, anchor.span.start - 120) + relative.index;
    const word = words(offset, offset + relative[1]!.length)[0];
    if (word && eventNounClass(word)) return nounHead(word, word.start, anchor.span.end);
  }
  return undefined;
}

/** Start of "the"/"January’s" before a date that premodifies a noun. */
function determinerStart(before: readonly Word[], anchorStart: number): number {
  const last = before[before.length - 1];
  if (last && PREMODIFIER_OPENERS.has(last.lower)) return last.start;
  return anchorStart;
}

/** Start of the adjectives before a noun at `index`: "fraudulent elections". */
function nounPhraseStart(before: readonly Word[], index: number): number {
  let i = index;
  while (
    i > 0 &&
    /^[a-z][a-z-]*$/.test(before[i - 1]!.text) &&
    !NOT_ADJECTIVES.has(before[i - 1]!.lower)
  )
    i--;
  return before[i]!.start;
}

/**
 * Step 2. Says what each draft is about: the event noun its date belongs to, else the
 * verb of its clause. Order: after {@link findHappenings}, before anything that merges.
 */
export const findHeads: EventStep = {
  name: 'find-heads',
  run(drafts, context: BuildContext): Draft[] {
    return drafts.map((draft) => {
      if (!draft.anchor || draft.head) return draft;
      const head =
        nounHeadOf(context.text, draft, draft.anchor, context.words) ??
        verbHeadOf(context.text, draft.quote, context.clauseVerb);
      return head ? { ...draft, head } : draft;
    });
  },
};

/** The main verb of a clause as the head of its happening. */
export function verbHeadOf(
  text: string,
  quote: Range,
  clauseVerb: ClauseReader = (start, end) => findClauseVerb(text, start, end),
): Head | undefined {
  const clause = clauseVerb(quote.start, quote.end);
  if (!clause) return undefined;
  const nounClass = eventVerbClass(clause.main);
  return {
    kind: 'verb',
    word: { start: clause.main.start, end: clause.main.end },
    lemma: clause.main.lower,
    ...(nounClass ? { nounClass } : {}),
  };
}
