import type { Tense } from '../../model/index.ts';
import * as lexicon from './verbLexicon.ts';

// Read once into locals: hot loops then touch no module bindings.
const {
  FUTURE_AUX,
  PAST_AUX,
  PAST_AUX_MORE,
  PRESENT_AUX,
  PROSPECTIVE,
  INTENT_VERBS,
  RESCHEDULING,
  PAST_INTENT_VERBS,
  PROSPECTIVE_PARTICIPLES,
  PLANNING_VERBS,
  SCHEDULING,
  IRREGULAR_PAST,
  PRESENT_VERBS,
  DETERMINERS,
  PARTICIPLE_CONTEXT,
  NOT_PAST_ED,
  BEFORE_BARE_VERB,
  ABBREVIATIONS,
} = lexicon;

/*
 * A light, rule-based reading of English verb groups: enough to tell whether the
 * clause around a date talks about what happened, what is, or what is planned.
 * No tagger: news verbs are few in kind, and auxiliaries carry most of the tense.
 */

interface Word {
  lower: string;
  start: number;
  end: number;
}

interface VerbGroup {
  tense: Exclude<Tense, 'unknown'>;
  start: number;
  end: number;
}

const WORD = /[A-Za-z]+(?:['’][A-Za-z]+)*|['’]ll\b/g;

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

interface SentenceAnalysis {
  start: number;
  end: number;
  words: Word[];
  groups: VerbGroup[];
  /** `groups[i].start`, for binary search. */
  groupStarts: number[];
  /** Offsets of clause separators (, ; : dashes, brackets, quotes) in the sentence. */
  separators: number[];
}

/** Longest stretch read as one sentence: keeps text without punctuation linear. */
const MAX_SENTENCE = 800;

/**
 * The sentences of one text as read for tense, shared by every reader of that text in
 * one extraction so that the date engine and the event builder read each sentence once.
 */
export interface TenseAnalyses {
  text: string;
  /** Sentence start offsets (see `sentenceStarts`). */
  bounds: readonly number[];
  /** Analyses by `start:end`; a pure function of the text and the bounds. */
  byRange: Map<string, SentenceAnalysis>;
}

/** An empty set of analyses for `text`: sentence bounds found in one pass. */
export function createTenseAnalyses(text: string): TenseAnalyses {
  return { text, bounds: sentenceStarts(text), byRange: new Map() };
}

/**
 * Prepares `text` for tense questions: sentence bounds are found in one pass, and a
 * sentence's verbs are read the first time a span inside it is asked about. Readers
 * given the same `analyses` share the work of reading sentences.
 *
 * @example const tense = createTenseReader(text); tense(10, 18) // 'past'
 */
export function createTenseReader(
  text: string,
  analyses: TenseAnalyses = createTenseAnalyses(text),
): TenseReader {
  const shared = analyses.text === text ? analyses : createTenseAnalyses(text);
  const { bounds, byRange } = shared;
  const cache = new Map<number, SentenceAnalysis>();
  return (start, end) => {
    const i = lastAtOrBefore(bounds, start);
    const sStart = bounds[i] ?? 0;
    const sEnd = Math.max(bounds[i + 1] ?? text.length, end);
    let sentence = cache.get(sStart);
    if (!sentence) {
      const key = `${sStart}:${sEnd}`;
      sentence = byRange.get(key);
      if (!sentence) {
        sentence = analyse(text, sStart, sEnd);
        byRange.set(key, sentence);
      }
      cache.set(sStart, sentence);
    }
    return tenseIn(sentence, start, end);
  };
}

function tenseIn(sentence: SentenceAnalysis, start: number, end: number): Tense {
  const scheduled = scheduledBefore(sentence.words, start);
  if (scheduled) return scheduled;
  if (earliestBefore(sentence.words, start)) return 'future';
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
  return pick?.tense ?? 'unknown';
}

function analyse(text: string, start: number, end: number): SentenceAnalysis {
  const words = wordsIn(text, start, end);
  const separators: number[] = [];
  for (let i = start; i < end; i++) if (SEPARATOR.test(text[i]!)) separators.push(i);
  const groups = verbGroups(words);
  return { start, end, words, groups, groupStarts: groups.map((g) => g.start), separators };
}

const SEPARATOR = /[,;:–—()"“”]/;

/** Index of the last item `<= value` in an ascending list (-1 when none). */
function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Start offsets of sentences, ascending, starting with 0: a break after `.!?` (and
 * closing quotes) followed by white space, after a line break, or every
 * MAX_SENTENCE characters of unbroken text.
 */
function sentenceStarts(text: string): number[] {
  const starts = [0];
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n' || ch === '\r') {
      starts.push(i + 1);
      last = i + 1;
    } else if ((ch === ' ' || ch === '\t') && i > 0 && endsSentence(text, i)) {
      starts.push(i + 1);
      last = i + 1;
    } else if (i - last >= MAX_SENTENCE) {
      starts.push(i);
      last = i;
    }
  }
  return starts;
}

function endsSentence(text: string, space: number): boolean {
  let j = space - 1;
  while (j > 0 && /["'”’)]/.test(text[j]!)) j--;
  const ch = text[j];
  if (ch === '!' || ch === '?') return true;
  if (ch !== '.') return false;
  // "Nov. 14", "Mr. Smith", "U.S. officials": a short word before the dot is an abbreviation.
  const word = /([A-Za-z.]+)\.$/.exec(text.slice(Math.max(0, j - 6), j + 1))?.[1] ?? '';
  return word.length > 3 && !word.includes('.') && !ABBREVIATIONS.has(word.toLowerCase());
}

function wordsIn(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  const re = WORD; // global and sticky-free: reset before each use
  re.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < end) {
    const raw = m[0].toLowerCase();
    // Split "he'll" into "he" + "'ll" so the future auxiliary is seen.
    const contraction = raw.endsWith('ll') ? /^(.+)(['’]ll)$/.exec(raw) : null;
    if (contraction) {
      const stem = contraction[1]!;
      words.push({ lower: stem, start: m.index, end: m.index + stem.length });
      words.push({ lower: "'ll", start: m.index + stem.length, end: m.index + raw.length });
    } else {
      const lower = raw.includes('’') ? raw.replace(/’/g, "'") : raw;
      words.push({ lower, start: m.index, end: m.index + raw.length });
    }
  }
  return words;
}

/** "called for", "scheduled on" right before the span (up to two words apart). */
function scheduledBefore(words: readonly Word[], spanStart: number): Tense | undefined {
  const i = firstWordAtOrAfter(words, spanStart);
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const w = words[k]!;
    if (w.lower !== 'for' && w.lower !== 'on' && w.lower !== 'until' && w.lower !== 'to') continue;
    const participle = words[k - 1];
    if (!participle || !SCHEDULING.has(participle.lower)) return undefined;
    // "was postponed until Tuesday": the new date lies ahead of the postponing.
    if (RESCHEDULING.has(participle.lower) && w.lower !== 'for') return 'future';
    const aux = words.slice(Math.max(0, k - 5), k - 1).map((x) => x.lower);
    if (aux.some((a) => PAST_AUX.has(a) || PAST_AUX_MORE.has(a))) return 'past';
    // "has been called for", "will be held on", "postponed until": ahead of the telling.
    return 'future';
  }
  return undefined;
}

/** Index of the first word starting at or after `offset` (binary search). */
function firstWordAtOrAfter(words: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** "as soon as Tuesday", "as early as next week": the earliest a thing may happen. */
function earliestBefore(words: readonly Word[], spanStart: number): boolean {
  const i = firstWordAtOrAfter(words, spanStart);
  const last3 = words
    .slice(Math.max(0, i - 3), i)
    .map((w) => w.lower)
    .join(' ');
  return last3 === 'as soon as' || last3 === 'as early as';
}

/** Finite verb groups with their tense, in text order. */
function verbGroups(words: readonly Word[]): VerbGroup[] {
  const groups: VerbGroup[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1]?.lower;
    const next2 = words[i + 2]?.lower;
    const prev = words[i - 1]?.lower;
    let tense: VerbGroup['tense'] | undefined;
    if (FUTURE_AUX.has(w.lower)) {
      tense = 'future';
    } else if (w.lower === 'do' && prev === 'to') {
      continue;
    } else if (PRESENT_AUX.has(w.lower)) {
      const prospective =
        (next !== undefined && PROSPECTIVE.has(next) && (next === 'to' || next2 === 'to')) ||
        (next === 'to' && next2 === 'be');
      const perfect = (w.lower === 'has' || w.lower === 'have') && next !== 'to';
      // "has scheduled a hearing Thursday": a plan made, for later.
      const perfectPlan = perfect && next !== undefined && PLANNING_VERBS.has(next);
      tense =
        prospective || perfectPlan
          ? 'future'
          : perfect && isParticiple(next, next2)
            ? 'past'
            : 'present';
    } else if (PAST_AUX.has(w.lower) || PAST_AUX_MORE.has(w.lower)) {
      // "was expected to", "were due to": the future as seen from a past moment.
      const prospective = next !== undefined && PROSPECTIVE.has(next) && next2 === 'to';
      tense = prospective ? 'future' : 'past';
    } else if ((INTENT_VERBS.has(w.lower) || PAST_INTENT_VERBS.has(w.lower)) && next === 'to') {
      tense = prev === 'to' ? undefined : 'future';
    } else if (PROSPECTIVE_PARTICIPLES.has(w.lower) && next === 'to') {
      // "the talks, set to resume Monday", "a vote due to take place".
      tense = 'future';
    } else if (
      PLANNING_VERBS.has(w.lower) &&
      !(prev !== undefined && PARTICIPLE_CONTEXT.has(prev))
    ) {
      // "protesters planned a demonstration on Saturday": a plan is for later.
      tense = 'future';
    } else if (IRREGULAR_PAST.has(w.lower)) {
      tense = prev !== undefined && PARTICIPLE_CONTEXT.has(prev) ? undefined : 'past';
    } else if (PRESENT_VERBS.has(w.lower)) {
      tense = prev !== undefined && DETERMINERS.has(prev) ? undefined : 'present';
    } else if (w.lower === 'to' && next === 'be' && isParticiple(next2, undefined)) {
      // "guidelines to be published in November": still to come.
      tense = 'future';
    } else if (
      /^[a-z]{3,}ed$/.test(w.lower) &&
      !NOT_PAST_ED.has(w.lower) &&
      !(prev !== undefined && (PARTICIPLE_CONTEXT.has(prev) || BEFORE_BARE_VERB.has(prev)))
    ) {
      tense = 'past';
    }
    if (tense) groups.push({ tense, start: w.start, end: w.end });
  }
  return groups;
}

/** "has been", "has fallen", "have seen": a participle (possibly after an adverb). */
function isParticiple(next: string | undefined, next2: string | undefined): boolean {
  const looksLike = (w: string | undefined): boolean =>
    w !== undefined &&
    (w === 'been' || /ed$|en$|wn$|ne$/.test(w) || IRREGULAR_PAST.has(w) || w === 'had');
  if (looksLike(next)) return true;
  return next !== undefined && /ly$|^(not|never|already|just|also|since)$/.test(next)
    ? looksLike(next2)
    : false;
}
