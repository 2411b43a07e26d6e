/**
 * Grammar helpers shared by the date engine and the event builder.
 * `tenseAt(text, start, end)` gives the tense of the clause governing a span;
 * `createTenseReader(text)` answers the same for many spans of one text, faster.
 */
export {
  tenseAt,
  createTenseAnalyses,
  createTenseReader,
  namesUnplannedEvent,
  type TenseAnalyses,
  type TenseReader,
} from './tense.ts';
