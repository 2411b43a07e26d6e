import type { Timex } from '../model/index.ts';

/** A TimeML (TempEval-3) document, read for tagging or evaluation. */
export interface TimeMLDocument {
  /** Document creation time `YYYY-MM-DD` from `<DCT><TIMEX3 functionInDocument="CREATION_TIME" value=...>`. */
  documentDate: string;
  /** The plain text inside `<TEXT>`, every tag removed and entities decoded. */
  text: string;
  /** Gold TIMEX3 tags found inside `<TEXT>`, as spans of `text` (empty for TE3 input files). */
  gold: Array<{ start: number; end: number; type: string; value: string; mod?: string }>;
}

/** TODO(engine): parse a TimeML file. Throws a readable Error on a malformed one. */
export function readTimeML(_xml: string): TimeMLDocument {
  throw new Error('readTimeML is not implemented yet');
}

/**
 * TODO(engine): writes `xml` back with `<TIMEX3 tid type value [mod]>` tags for `timexes`
 * inserted inside `<TEXT>` (spans index the plain text of `readTimeML(xml).text`);
 * gold TIMEX3 tags already inside TEXT are dropped, every other byte is kept.
 */
export function writeTimeML(_xml: string, _timexes: readonly Timex[]): string {
  throw new Error('writeTimeML is not implemented yet');
}
