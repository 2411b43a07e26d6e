import type { Article, DatePoint, EventStatus, Tense, Timex } from '../../model/index.ts';
import type { Sentence } from '../grammar/sentences.ts';
import type { TenseReader, VerbTenseReader } from '../grammar/index.ts';
import type { AnchorRoleReader } from './anchors.ts';
import type { ClauseReader } from '../grammar/clause.ts';
import type { WordReader } from '../grammar/tokens.ts';
import type { Range } from './range.ts';

export type { Range } from './range.ts';

/** What a draft event is about: an event noun ("the February 25 protest") or a clause verb. */
export type Head =
  | { kind: 'noun'; word: Range; nounClass: string; phrase: Range }
  | { kind: 'verb'; word: Range; lemma: string; nounClass?: string };

/** The kind of happening a head names: its noun class, or the class of its verb ("marched"). */
export function classOfHead(head: Head | undefined): string | undefined {
  if (!head) return undefined;
  if (head.kind === 'verb') return head.nounClass;
  return head.nounClass.startsWith('word:') ? undefined : head.nounClass;
}

/** What a draft's date was read against, before event ids exist. */
export type DraftReference =
  { kind: 'document-date' } | { kind: 'expression'; timex: Timex } | { kind: 'draft'; key: number };

/**
 * A happening while the pipeline works on it. Steps return new drafts rather than
 * editing old ones, so every step can be tested on its own.
 */
export interface Draft {
  /** Unique within one run, in creation order. */
  key: number;
  sentence: Sentence;
  /** The quoted passage: the sentence, or the clause when the sentence holds several happenings. */
  quote: Range;
  /** Further passages about the same happening, added by merging and inheritance. */
  extraSources: readonly { range: Range; sentence: number }[];
  /** Temporal expressions inside the quote. */
  timexes: readonly Timex[];
  /** The expression that dates this happening, when it has one. */
  anchor?: Timex;
  head?: Head;
  start?: DatePoint;
  end?: DatePoint;
  /** Derivation being built: the exact words that gave the date, the rule and the reference. */
  phrase?: Range;
  rule?: string;
  reference?: DraftReference;
  /** Readable reasons added by steps, joined into the explanation. */
  reasons: readonly string[];
  tense: Tense;
  status?: EventStatus;
  /** The draft whose date this one took (no date phrase of its own) and the sentence it was read from. */
  inferredFrom?: { key: number; sentence: number };
  title?: string;
  /** How good the title is when mentions merge: lower wins (a dated noun phrase beats a clause). */
  titleRank?: number;
}

/** What a new draft must say; the rest is filled in by the steps. */
export type DraftFields = Pick<
  Draft,
  'key' | 'sentence' | 'quote' | 'extraSources' | 'timexes' | 'reasons' | 'tense'
> &
  Partial<Draft>;

/**
 * A draft with every field present (`undefined` when unknown), always in this order,
 * so that all drafts share one object shape: the steps copy drafts with spreads and
 * read the same fields of every draft, which is fastest when the shapes agree.
 */
export function newDraft(fields: DraftFields): Draft {
  return {
    key: fields.key,
    sentence: fields.sentence,
    quote: fields.quote,
    extraSources: fields.extraSources,
    timexes: fields.timexes,
    anchor: fields.anchor,
    head: fields.head,
    start: fields.start,
    end: fields.end,
    phrase: fields.phrase,
    rule: fields.rule,
    reference: fields.reference,
    reasons: fields.reasons,
    tense: fields.tense,
    status: fields.status,
    inferredFrom: fields.inferredFrom,
    title: fields.title,
    titleRank: fields.titleRank,
  };
}

/** What every step may read: the article and what earlier stages found. */
export interface BuildContext {
  article: Article;
  text: string;
  sentences: readonly Sentence[];
  timexes: readonly Timex[];
  tense: TenseReader;
  /** The tenses of the verb groups in a range of the text. */
  verbTenses: VerbTenseReader;
  /** The words of a range of the text; the text is tokenised once per extraction. */
  words: WordReader;
  /** The clause verb of a range of the text, each range read once per extraction. */
  clauseVerb: ClauseReader;
  /** The role of an expression in a sentence, each read once per extraction. */
  anchorRole: AnchorRoleReader;
  /** The status of a draft, as it has it or as it would be decided, each worked out once. */
  statusOf: StatusReader;
  /** Hands out draft keys. */
  nextKey: () => number;
}

/** One named step of the event builder: drafts in, drafts out, nothing mutated. */
export interface EventStep {
  name: string;
  run: (drafts: readonly Draft[], context: BuildContext) => Draft[];
}

/** The status of a draft: the one it has, else the one `decideStatus` (status.ts) gives it. */
export type StatusReader = (draft: Draft) => EventStatus;
