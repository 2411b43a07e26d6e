import type { Tense } from '../../model/index.ts';
import * as lexicon from '../lexicon/en/index.ts';
import { splitSentences, type Sentence } from './sentences.ts';
import {
  breakBetween,
  copulaBefore,
  dateSetAs,
  deadlineForAction,
  earliestBefore,
  markedAhead,
  scheduledBefore,
  weekdayReading,
} from './tense/cues.ts';
import { verbGroups } from './tense/groups.ts';
import { isHeadline } from './tense/headline.ts';
import type { TensedGroup } from './tense/tensedGroup.ts';
import { firstWordAtOrAfter, lastAtOrBefore } from './tense/wordIndex.ts';
import { createWordReader, isClauseBreak, type Word, type WordReader } from './tokens.ts';

export { namesUnplannedEvent } from './tense/unplannedEvent.ts';

const { DEMANDING_VERBS } = lexicon;

/*
 * A light, rule-based reading of the tense of the clause around a date: enough to tell
 * whether it talks about what happened, what is, or what is planned. No tagger: news
 * verbs are few in kind, and auxiliaries carry most of the tense. The parts:
 * `tense/groups.ts` reads a sentence's finite verb groups and their tense (with
 * `tense/infinitive.ts` and `tense/present.ts`, on the one verb-group reader
 * `verbGroup.ts`); `tense/cues.ts` reads what stands right around the date ("called
 * for", "has until", "as soon as"); this module picks, for a span, the group or cue
 * that governs it.
 */

/**
 * The tense of the clause that governs the text span `[start, end)`: the verb group
 * nearest to the span inside its sentence, preferring one before it in the same
 * clause. Present perfect reads as `past` (what has happened); "will", "is expected
 * to", "plans to", and a scheduling verb right before the span ("has been called
 * for") read as `future`. Gives `unknown` when the sentence has no verb it knows.
 * To ask about many spans of one text, `createTenseReader` is faster.
 *
 * @example tenseAt('A vote has been called for March 24.', 26, 34) // 'future'
 * @example tenseAt('Police arrested him on Tuesday.', 23, 30) // 'past'
 */
export function tenseAt(text: string, start: number, end: number): Tense {
  return createTenseReader(text)(start, end);
}

/** Reads the tense of many spans of one text; each sentence is analysed once. */
export type TenseReader = (start: number, end: number) => Tense;

/**
 * The tenses of the finite verb groups that lie in `text[start, end)`, in text order,
 * read from the analysis of the sentence holding `start`: "it remains the largest
 * donor" gives `['present']`.
 */
export type VerbTenseReader = (start: number, end: number) => Array<Exclude<Tense, 'unknown'>>;

interface SentenceAnalysis {
  /** The whole text the sentence is part of. */
  text: string;
  start: number;
  end: number;
  words: Word[];
  groups: TensedGroup[];
  /** `groups[i].start`, for binary search. */
  groupStarts: number[];
  /** Offsets of clause separators (, ; : dashes, brackets, quotes) in the sentence. */
  separators: number[];
}

/** What a tense reader may share with the other readers of one text. */
export interface TenseReaderOptions {
  /** The sentences of the text (`splitSentences`), when already split. */
  sentences?: readonly Sentence[];
  /** The words of the text, when already read (`createWordReader`). */
  words?: WordReader;
}

/**
 * Prepares `text` for tense questions: a sentence's verbs are read the first time a
 * span inside it is asked about, from the sentences and words given (the extraction's
 * own, so that each sentence is split and tokenised once for every stage).
 *
 * @example const tense = createTenseReader(text); tense(10, 18) // 'past'
 */
export function createTenseReader(text: string, options: TenseReaderOptions = {}): TenseReader {
  return createTenseReaders(text, options).tense;
}

/**
 * A {@link TenseReader} and a {@link VerbTenseReader} over one text, sharing the
 * analysis of each sentence.
 */
export function createTenseReaders(
  text: string,
  options: TenseReaderOptions = {},
): { tense: TenseReader; verbTenses: VerbTenseReader } {
  const sentences = options.sentences ?? splitSentences(text);
  const words = options.words ?? createWordReader(text);
  // A sentence reaches to where the next one starts, so a span always falls in one.
  const starts = sentences.map((s, i) => (i === 0 ? 0 : s.start));
  const analyses: Array<SentenceAnalysis | undefined> = [];
  const sentenceOf = (start: number, end: number): SentenceAnalysis => {
    const i = Math.max(0, lastAtOrBefore(starts, start));
    const sStart = starts[i] ?? 0;
    const nextStart = starts[i + 1] ?? text.length;
    const s = sentences[i];
    const headline = (): boolean => s !== undefined && isHeadline(text, s);
    // A span running past its sentence's end (it should not) is read with the text it reaches.
    if (end > nextStart) return analyse(text, sStart, end, words, headline());
    let sentence = analyses[i];
    if (!sentence) {
      sentence = analyse(text, sStart, nextStart, words, headline());
      analyses[i] = sentence;
    }
    return sentence;
  };
  return {
    tense: (start, end) => tenseIn(sentenceOf(start, end), start, end),
    verbTenses: (start, end) =>
      sentenceOf(start, end)
        .groups.filter((g) => g.start >= start && g.end <= end)
        .map((g) => g.tense),
  };
}

function tenseIn(sentence: SentenceAnalysis, start: number, end: number): Tense {
  const scheduled = scheduledBefore(sentence.words, start);
  if (scheduled) return scheduled;
  if (dateSetAs(sentence.words, start, end)) return 'present';
  if (earliestBefore(sentence.words, start) || markedAhead(sentence.words, start)) return 'future';
  if (deadlineForAction(sentence.words, start, end)) return 'future';
  const copula = copulaBefore(sentence.words, start);
  if (copula) return copula;
  const { groups, groupStarts, separators } = sentence;
  const sepBefore = separators[lastAtOrBefore(separators, start - 1)];
  const clauseStart = sepBefore !== undefined && sepBefore < start ? sepBefore : sentence.start;
  const clauseEnd = separators[lastAtOrBefore(separators, end - 1) + 1] ?? sentence.end;
  // Verb groups are in text order: the nearest before the span, and the first after it.
  const lastBefore = groups[lastAtOrBefore(groupStarts, start - 1)];
  const before = lastBefore && lastBefore.end <= start ? lastBefore : undefined;
  const after = groups[lastAtOrBefore(groupStarts, end - 1) + 1];
  const pick =
    (before && before.start >= clauseStart ? before : undefined) ??
    (after && after.end <= clauseEnd ? after : undefined) ??
    before ??
    after;
  if (pick && pick === before && pick.tense === 'past' && demandedBy(sentence, pick, start, end))
    return 'future';
  if (pick?.dayTense && pick === before) {
    const day = weekdayReading(sentence.words, start, end);
    // "ordered him to report by Monday": a deadline set by an undated directive lies
    // ahead; after a dated one ("on Monday were ordered to leave by Thursday") it may
    // have passed, and the nearest is read.
    if (day === 'deadline') return pick.dayTense === 'past' ? 'future' : pick.dayTense;
    if (day === 'day') return pick.dayTense;
  }
  return pick?.tense ?? 'unknown';
}

/**
 * "ordered the release of the files by Monday", "demanded an answer by Friday": a weekday
 * deadline in the clause of a past verb of demanding is the coming one, as after "told
 * them to leave by Friday".
 */
function demandedBy(
  sentence: SentenceAnalysis,
  verb: TensedGroup,
  start: number,
  end: number,
): boolean {
  const { words } = sentence;
  const w = words[firstWordAtOrAfter(words, verb.start)];
  if (!w || !DEMANDING_VERBS.has(w.lower)) return false;
  if (breakBetween(sentence.text, verb.end, start)) return false;
  return weekdayReading(words, start, end) === 'deadline';
}

function analyse(
  text: string,
  start: number,
  end: number,
  wordReader: WordReader,
  headline: boolean,
): SentenceAnalysis {
  const words = wordReader(start, end);
  const separators: number[] = [];
  for (let i = start; i < end; i++) if (isClauseBreak(text.charCodeAt(i))) separators.push(i);
  const groups = verbGroups(words, headline);
  return { text, start, end, words, groups, groupStarts: groups.map((g) => g.start), separators };
}
