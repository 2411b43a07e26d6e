// Helpers for the event builder's tests: hand-made timexes stand in for the date
// engine, so each step is tested on its own with a fixed document date.
import type { Article, Timex } from '../../model/index.ts';
import { createTenseReaders } from '../grammar/index.ts';
import { splitSentences } from '../grammar/sentences.ts';
import type { BuildContext } from './draft.ts';
import { createAnchorRoleReader } from './anchors.ts';
import { createClauseReader } from '../grammar/clause.ts';
import { createStatusReader } from './status.ts';
import { createWordReader } from '../grammar/tokens.ts';

/** A timex over the `nth` occurrence (0-based) of `phrase` in `text`. */
export function timexAt(
  text: string,
  phrase: string,
  fields: Partial<Timex> & Pick<Timex, 'value'>,
  nth = 0,
): Timex {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(phrase, start + 1);
  if (start < 0) throw new Error(`"${phrase}" not in text`);
  return {
    id: `t${start}`,
    span: { start, end: start + phrase.length, text: phrase },
    type: 'DATE',
    stated: {},
    anchor: { kind: 'document' },
    tense: 'unknown',
    rule: 'hand-made',
    ...fields,
  };
}

/** A build context over `text` published on `publishedOn`. */
export function contextFor(text: string, publishedOn: string, timexes: Timex[]): BuildContext {
  const article: Article = { id: 'doc-1', title: 'Test', text, publishedOn, language: 'en' };
  let key = 0;
  const words = createWordReader(text);
  const { tense, verbTenses } = createTenseReaders(text);
  return {
    article,
    text,
    sentences: splitSentences(text),
    timexes: [...timexes].sort((a, b) => a.span.start - b.span.start),
    tense,
    verbTenses,
    words,
    clauseVerb: createClauseReader(text, words),
    anchorRole: createAnchorRoleReader(text, publishedOn, words),
    statusOf: createStatusReader(publishedOn),
    nextKey: () => key++,
  };
}
