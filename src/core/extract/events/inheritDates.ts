import type { Sentence } from '../grammar/sentences.ts';
import {
  CONTINUATION_WORDS,
  DETERMINERS,
  SAME_DAY_OPENERS,
  SAME_DAY_UNITS,
  WORD_AND_THOUGHT_VERBS,
} from '../lexicon/en/index.ts';
import { wordAlternation } from '../lexicon/pattern.ts';
import { newDraft, type BuildContext, type Draft, type EventStep, type Range } from './draft.ts';
import { verbHeadOf } from './findHeads.ts';
import { DISCUSSION_PARAGRAPHS } from './storyline.ts';
import { titleOf } from './titles.ts';
import { eventNounClass } from './words.ts';

/** Words that carry a story on from the happening before. */
const CONTINUATION = new RegExp(
  `\\b(${wordAlternation(CONTINUATION_WORDS)}|(?:${wordAlternation(SAME_DAY_OPENERS)}) (?:${wordAlternation(SAME_DAY_UNITS)}))\\b`,
  'i',
);
const QUOTATION = /[“”"]/;

interface Thread {
  draft: Draft;
  /** The last sentence that told of it. */
  sentence: number;
  paragraph: number;
}

const isDayOrFiner = (d: Draft): boolean =>
  d.start?.precision === 'day' || d.start?.precision === 'minute';

/** The first event noun of the thread's kind in a sentence: "the rally". */
function mentionOf(context: BuildContext, sentence: Sentence, thread: Thread): Range | undefined {
  const head = thread.draft.head;
  if (head?.kind !== 'noun') return undefined;
  const words = context.words(sentence.start, Math.min(sentence.end, sentence.start + 2000));
  const i = words.findIndex((w) => eventNounClass(w) === head.nounClass);
  if (i < 0) return undefined;
  // Take in "the" or "a tense" before the noun.
  let first = i;
  if (words[i - 1] && DETERMINERS.has(words[i - 1]!.lower)) first = i - 1;
  else if (
    words[i - 2] &&
    DETERMINERS.has(words[i - 2]!.lower) &&
    /^[a-z-]+$/.test(words[i - 1]!.text)
  )
    first = i - 2;
  return { start: words[first]!.start, end: words[i]!.end };
}

/** The words of a range, in quotation marks. */
function quoted(context: BuildContext, range: Range): string {
  return `“${context.text.slice(range.start, range.end)}”`;
}

function cueOf(context: BuildContext, sentence: Sentence): Range | undefined {
  const m = CONTINUATION.exec(sentence.text);
  return m
    ? { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }
    : undefined;
}

/**
 * True when a sentence tells a single happening: a simple past or past passive verb
 * ("were arrested", "came later") with a subject of its own, and no quotation, no
 * reporting verb, no pronoun subject (commentary, opinion and bios read otherwise).
 */
export function tellsHappening(context: BuildContext, sentence: Sentence): boolean {
  if (QUOTATION.test(sentence.text)) return false;
  const clause = context.clauseVerb(sentence.start, sentence.end);
  if (!clause?.subject || clause.subjectIsPronoun) return false;
  if (clause.form !== 'past' && clause.form !== 'past-passive') return false;
  return !WORD_AND_THOUGHT_VERBS.has(clause.main.lower);
}

function shortQuote(context: BuildContext, sentence: Sentence): string {
  const words = context.words(sentence.start, Math.min(sentence.end, sentence.start + 200));
  const head = words.slice(0, 6);
  const text = context.text.slice(
    head[0]?.start ?? sentence.start,
    head[head.length - 1]?.end ?? sentence.end,
  );
  return words.length > head.length ? `${text}…` : text;
}

/**
 * Step. A sentence with no date of its own that carries on the story of a dated
 * happening takes its day (`inferred`). Conservative, since a wrong date is worse than
 * none: the sentence must tell a happening ({@link tellsHappening}), the happening it
 * continues must be dated to a day, not planned, and no more than three paragraphs
 * back, and there must be a cue: a continuation word ("then", "later"), a mention of
 * the same kind of happening ("the rally"), or a previous sentence in the paragraph
 * that told of it. Runs last: it continues merged events.
 */
export const inheritDates: EventStep = {
  name: 'inherit-dates',
  run(drafts, context): Draft[] {
    const bySentence = new Map<number, Draft[]>();
    for (const d of drafts) {
      for (const s of [d.sentence.index, ...d.extraSources.map((x) => x.sentence)]) {
        const list = bySentence.get(s) ?? [];
        list.push(d);
        bySentence.set(s, list);
      }
    }
    const result = [...drafts];
    let thread: Thread | undefined;
    // What the sentence before said of the thread: it told of it, or named its kind.
    let previous: { told: boolean; mention?: Range; paragraph: number } = {
      told: false,
      paragraph: -1,
    };
    for (const sentence of context.sentences) {
      const here = bySentence.get(sentence.index);
      if (here) {
        const story = here.filter(
          (d) => isDayOrFiner(d) && d.status !== 'planned' && d.inferredFrom === undefined,
        );
        // A dated event noun ("the February 25 protest") names the happening later
        // sentences speak of; prefer it to a clause dated from it.
        const latest = story.find((d) => d.head?.kind === 'noun') ?? story[story.length - 1];
        if (latest)
          thread = { draft: latest, sentence: sentence.index, paragraph: sentence.paragraph };
        previous = { told: latest !== undefined, paragraph: sentence.paragraph };
        continue;
      }
      if (!thread || sentence.paragraph - thread.paragraph > DISCUSSION_PARAGRAPHS) {
        previous = { told: false, paragraph: sentence.paragraph };
        continue;
      }
      const mention = mentionOf(context, sentence, thread);
      const cue = cueOf(context, sentence);
      const before = previous;
      const linkedMention =
        before.mention && before.paragraph === sentence.paragraph ? before.mention : undefined;
      const linked = before.told || linkedMention !== undefined;
      previous = { told: false, mention, paragraph: sentence.paragraph };
      if (mention) thread = { ...thread, paragraph: sentence.paragraph };
      if (!(cue || mention || linked) || !tellsHappening(context, sentence)) continue;
      const from = thread;
      thread = { ...thread, paragraph: sentence.paragraph };
      const start = {
        ...from.draft.start!,
        value: from.draft.start!.value.slice(0, 10),
        precision: 'day' as const,
      };
      const because = cue
        ? quoted(context, cue)
        : mention
          ? `it speaks of ${quoted(context, mention)}`
          : linkedMention
            ? `the sentence before speaks of ${quoted(context, linkedMention)}`
            : 'it follows the sentence that dates it';
      const draft = newDraft({
        key: context.nextKey(),
        sentence,
        quote: { start: sentence.start, end: sentence.end },
        extraSources: [],
        timexes: [],
        head: verbHeadOf(context.text, sentence, context.clauseVerb),
        start,
        phrase: cue ?? mention ?? linkedMention,
        rule: 'inherited',
        reference: { kind: 'draft', key: from.draft.key },
        reasons: [
          `No date of its own; inferred from sentence ${from.sentence + 1} (“${shortQuote(context, context.sentences[from.sentence]!)}”), whose story it continues (${because})`,
        ],
        tense: 'past',
        status: 'happened',
        inferredFrom: { key: from.draft.key, sentence: from.sentence },
      });
      const { title, rank } = titleOf(context, draft);
      result.push({ ...draft, title, titleRank: rank });
    }
    return result;
  },
};
