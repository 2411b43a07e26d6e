import type { BuildContext, Draft, EventStep, Range } from './draft.ts';
import {
  ARTICLES,
  CLAUSE_OPENERS,
  DANGLING,
  DETERMINERS,
  LENGTH_WORDS,
  LIST_JOINERS,
  PLACE_AFTER_NOUN,
  POSSESSIVE_PRONOUNS,
} from '../lexicon/en/index.ts';
import { wordAlternation } from '../lexicon/pattern.ts';
import { wordsIn, type Word } from '../grammar/tokens.ts';
import { isCapitalised, participleOfNoun } from './words.ts';
import { lowerLettersOf, titleWords, withoutTrailingMarks } from './titleWords.ts';

/** Longest title, in characters; longer ones are cut at a word boundary. */
export const MAX_TITLE = 60;
/** A subject longer than this is cut down to its names: "Bolat Abilov and Amirzhan Kosanov". */
const LONG_SUBJECT = 35;
const MAX_COMPLEMENT_WORDS = 6;
/** Where a list of names splits: at a comma or "and". */
const LIST_SPLIT = new RegExp(`,\\s*|\\s+(?:${wordAlternation(LIST_JOINERS)})\\s+`);
/** "jailed for 15 days": the word before a length. */
const LENGTH_BEFORE = new RegExp(`\\b(?:${wordAlternation(LENGTH_WORDS)})\\s+$`, 'i');

/** Title ranks: lower is better when mentions of one happening merge. */
export const TITLE_RANK = { datedNoun: 0, clause: 1, noun: 2, words: 3 } as const;

/**
 * A headline: capitalised, no trailing punctuation, at most {@link MAX_TITLE}
 * characters, never cut mid-word and never ending on "and" or "of".
 */
export function headline(raw: string): string {
  // A title is read from the start of a long passage: its first few hundred characters
  // decide it whenever the words before the last one read there already overflow it.
  const head = raw.length > HEADLINE_READ ? titleWords(raw.slice(0, HEADLINE_READ)) : undefined;
  const words =
    head && head.join(' ').length - head[head.length - 1]!.length - 1 > MAX_TITLE
      ? head
      : titleWords(raw);
  // Dropping the last word shortens the joined text by the word and its space.
  let length = words.join(' ').length;
  while (length > MAX_TITLE && words.length > 1) length -= words.pop()!.length + 1;
  while (words.length > 1 && DANGLING.has(lowerLettersOf(words[words.length - 1]!))) words.pop();
  const text = withoutTrailingMarks(words.join(' '));
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** How much of a passage {@link headline} reads first. */
const HEADLINE_READ = 4 * MAX_TITLE;

/** Drops a leading "the"/"a"/"their" from a phrase. */
function withoutDeterminer(words: readonly Word[]): readonly Word[] {
  let i = 0;
  while (i < words.length - 1 && DETERMINERS.has(words[i]!.lower)) i++;
  return words.slice(i);
}

const textOf = (text: string, words: readonly Word[]): string =>
  words.length === 0 ? '' : text.slice(words[0]!.start, words[words.length - 1]!.end);

/** A long subject cut down to the names in it, or as it is when it has none. */
export function shortSubject(text: string, range: Range): string {
  const full = text.slice(range.start, range.end);
  if (full.length <= LONG_SUBJECT) return full;
  const conjuncts = full.split(LIST_SPLIT);
  const names = conjuncts.map((part) => {
    const words = wordsIn(part, 0, part.length);
    let i = words.length;
    while (i > 0 && isCapitalised(words[i - 1]!)) i--;
    return i < words.length ? part.slice(words[i]!.start, words[words.length - 1]!.end) : '';
  });
  if (names.some((n) => n === '')) return full;
  return names.length === 1
    ? names[0]!
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
}

/** Subject + verb phrase of the clause, auxiliaries dropped: "Several demonstrators arrested". */
function clauseTitle(
  context: BuildContext,
  draft: Draft,
  clauseStart = draft.quote.start,
): string | undefined {
  const { text } = context;
  // "“We will …,” she told reporters": the happening is the reporting clause.
  // A dateline ("PARIS —") comes first when there is one.
  const lead = /^\s*(?:[A-Z][A-Z .,'’-]{1,40}\s+[—–]\s+)?(?:[“"][^”"]*[”"][,.!?]?\s*)?/.exec(
    text.slice(clauseStart, Math.min(draft.quote.end, clauseStart + 400)),
  );
  const clause = context.clauseVerb(clauseStart + (lead?.[0].length ?? 0), draft.quote.end);
  if (!clause) return undefined;
  const subjectWords = clause.subject
    ? context.words(clause.subject.start, clause.subject.end)
    : [];
  const subject = clause.subject
    ? shortSubject(text, {
        start:
          withoutDeterminer(subjectWords).length < subjectWords.length &&
          ARTICLES.has(subjectWords[0]!.lower)
            ? subjectWords[1]!.start
            : clause.subject.start,
        end: clause.subject.end,
      })
    : '';
  const verb = [clause.modal?.text, clause.main.text, clause.particle?.text]
    .filter(Boolean)
    .join(' ');
  const complements: string[] = [];
  let from = clause.end;
  for (const word of context.words(clause.end, draft.quote.end)) {
    if (/[,;:–—.!?“”"()]/.test(text.slice(from, word.start))) break;
    if (CLAUSE_OPENERS.has(word.lower) || /ly$/.test(word.lower)) break;
    const timex = draft.timexes.find((t) => t.span.start <= word.start && word.end <= t.span.end);
    // "jailed for 15 days" keeps its length; "collapsed two days before …" drops the offset.
    const isLength =
      timex?.type === 'DURATION' &&
      LENGTH_BEFORE.test(text.slice(Math.max(0, timex.span.start - 8), timex.span.start));
    const keepsDate = isLength || (timex?.stated.month !== undefined && draft.status === 'planned');
    if (timex && !keepsDate) break;
    if (complements.length >= MAX_COMPLEMENT_WORDS) break;
    complements.push(word.text);
    from = word.end;
  }
  return [subject, verb, ...complements].filter(Boolean).join(' ');
}

/** "their release from prison" → "Opposition leaders released from prison", else "Release from prison". */
function offsetTitle(context: BuildContext, draft: Draft): string | undefined {
  if (draft.head?.kind !== 'noun') return undefined;
  const { text } = context;
  const words = context.words(draft.head.phrase.start, draft.head.phrase.end);
  const nounIndex = words.findIndex((w) => w.start === draft.head!.word.start);
  const noun = words[nounIndex];
  if (!noun) return undefined;
  const rest = textOf(text, words.slice(nounIndex + 1));
  const participle = participleOfNoun(noun);
  const owner = words[nounIndex - 1];
  if (participle && owner && POSSESSIVE_PRONOUNS.has(owner.lower)) {
    const clause = context.clauseVerb(draft.sentence.start, draft.sentence.end);
    if (clause?.subject && !clause.subjectIsPronoun)
      return [shortSubject(text, clause.subject), participle, rest].filter(Boolean).join(' ');
  }
  return textOf(text, withoutDeterminer(words.slice(0, nounIndex + 1 + 4)));
}

/** The event noun phrase: "February 25 protest", "December’s deadly violence in Zhanaozen". */
function nounTitle(
  context: BuildContext,
  draft: Draft,
): { title: string; rank: number } | undefined {
  if (draft.head?.kind !== 'noun' || !draft.anchor) return undefined;
  const { text } = context;
  const { phrase, word } = draft.head;
  const anchor = draft.anchor;
  const absolute = anchor.stated.month !== undefined || anchor.stated.year !== undefined;
  let words = context.words(phrase.start, phrase.end);
  // An elided noun ("than last month’s"): the phrase is the date; add the noun said before.
  if (word.start < phrase.start) {
    return {
      title: `${text.slice(phrase.start, phrase.end)} ${text.slice(word.start, word.end)}`,
      rank: TITLE_RANK.noun,
    };
  }
  const containsAnchor = phrase.start <= anchor.span.start && anchor.span.end <= phrase.end;
  // A relative date at the end ("… without permission last month") reads wrong in a headline.
  if (containsAnchor && !absolute && anchor.span.end >= phrase.end)
    words = words.filter((w) => w.end <= anchor.span.start);
  words = [...withoutDeterminer(words)];
  // Keep a place: "violence in Zhanaozen".
  const after = context.words(phrase.end, Math.min(draft.quote.end, phrase.end + 60));
  const gap = text.slice(phrase.end, after[0]?.start ?? phrase.end);
  if (
    /^\s+$/.test(gap) &&
    after[0] &&
    PLACE_AFTER_NOUN.has(after[0].lower) &&
    after[1] &&
    isCapitalised(after[1])
  ) {
    words.push(after[0]);
    for (const w of after.slice(1)) {
      if (!isCapitalised(w)) break;
      words.push(w);
    }
  }
  if (words.length === 0) return undefined;
  return {
    title: textOf(text, words),
    rank: containsAnchor && absolute ? TITLE_RANK.datedNoun : TITLE_RANK.noun,
  };
}

/** The first words of the quote, when nothing better reads as a headline. */
function quoteTitle(context: BuildContext, draft: Draft): string {
  const words = context.words(draft.quote.start, draft.quote.end).slice(0, 8);
  return textOf(context.text, words) || 'Event';
}

type Candidate = () => { title: string | undefined; rank: number } | undefined;

/** A short headline for a draft, taken from its own words, and how good it is. */
export function titleOf(context: BuildContext, draft: Draft): { title: string; rank: number } {
  // Tried in order, each only when the ones before it gave nothing.
  const candidates: Candidate[] = [];
  if (draft.rule === 'offset-from-event' && draft.head?.kind === 'noun') {
    candidates.push(() => ({ title: offsetTitle(context, draft), rank: TITLE_RANK.noun }));
  } else {
    // "another strike has been called for April 6": the noun is the subject of the
    // clause that holds the date, so the clause makes the better headline.
    const nounIsSubject =
      draft.head?.kind === 'noun' &&
      draft.anchor !== undefined &&
      draft.head.phrase.end === draft.anchor.span.end &&
      draft.head.word.end < draft.anchor.span.start;
    if (nounIsSubject) {
      // Start the clause at the noun phrase: "… said the strike, which began …" → "Strike began".
      const head = draft.head!;
      const lead = context.words(
        Math.max(draft.quote.start, head.word.start - 20),
        head.word.start,
      );
      // Take in "a national" before "strike", but only up to a determiner.
      let from = head.word.start;
      for (let i = lead.length - 1; i >= Math.max(0, lead.length - 3); i--) {
        const word = lead[i]!;
        if (DETERMINERS.has(word.lower)) {
          from = word.start;
          break;
        }
        if (!/^[a-z-]+$/.test(word.text) || DANGLING.has(word.lower) || /ed$/.test(word.lower))
          break;
      }
      candidates.push(() => ({
        title: clauseTitle(context, draft, from),
        rank: TITLE_RANK.clause,
      }));
    }
    candidates.push(() => nounTitle(context, draft));
  }
  if (draft.head?.kind !== 'noun')
    candidates.push(() => ({ title: clauseTitle(context, draft), rank: TITLE_RANK.clause }));
  candidates.push(() => ({ title: quoteTitle(context, draft), rank: TITLE_RANK.words }));
  for (const candidate of candidates) {
    const found = candidate();
    const title = found?.title ? headline(found.title) : '';
    if (found && title.length >= 3) return { title, rank: found.rank };
  }
  return { title: 'Event', rank: TITLE_RANK.words };
}

/** Step: a title for every draft. Runs before merging, which keeps the best-ranked one. */
export const writeTitles: EventStep = {
  name: 'write-titles',
  run(drafts, context): Draft[] {
    return drafts.map((d) => {
      if (d.title) return d;
      const { title, rank } = titleOf(context, d);
      return { ...d, title, titleRank: rank };
    });
  },
};
