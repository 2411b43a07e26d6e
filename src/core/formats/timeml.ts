import type { Timex } from '../model/index.ts';
import { IsoDaySchema } from '../model/document.ts';
import { escapeAttribute, lineAt, tokenizeXml, tokenText, type XmlToken } from './xmlTokens.ts';

/** A TimeML (TempEval-3) document, read for tagging or evaluation. */
export interface TimeMLDocument {
  /** Document creation time `YYYY-MM-DD` from `<DCT><TIMEX3 functionInDocument="CREATION_TIME" value=...>`. */
  documentDate: string;
  /** The plain text inside `<TEXT>`, every tag removed and entities decoded. */
  text: string;
  /** Gold TIMEX3 tags found inside `<TEXT>`, as spans of `text` (empty for TE3 input files). */
  gold: Array<{ start: number; end: number; type: string; value: string; mod?: string }>;
}

/** The tokens of a TimeML file, where TEXT lies among them, and its plain-text layout. */
interface ParsedTimeML {
  tokens: XmlToken[];
  /** Token indices of `<TEXT>` and `</TEXT>`. */
  textOpen: number;
  textClose: number;
  document: TimeMLDocument;
}

/** A TIMEX3 tag of any kind: gold tags inside TEXT are not written back. */
function isTimex(token: XmlToken): boolean {
  return (
    token.kind !== 'text' &&
    token.kind !== 'literal' &&
    token.kind !== 'other' &&
    token.name === 'TIMEX3'
  );
}

function findDocumentDate(xml: string, tokens: XmlToken[], textOpen: number): string {
  // Prefer the creation time inside <DCT>, as TempEval-3 files have it; accept one
  // elsewhere outside TEXT.
  let found: Extract<XmlToken, { kind: 'open' | 'empty' }> | undefined;
  let inDct = false;
  for (const t of tokens.slice(0, textOpen)) {
    if ((t.kind === 'open' || t.kind === 'close') && t.name === 'DCT') inDct = t.kind === 'open';
    if ((t.kind !== 'open' && t.kind !== 'empty') || t.name !== 'TIMEX3') continue;
    if (t.attrs.functionInDocument !== 'CREATION_TIME') continue;
    found = t;
    if (inDct) break;
  }
  if (!found)
    throw new Error(
      'This TimeML file has no document creation time: expected ' +
        '<DCT><TIMEX3 functionInDocument="CREATION_TIME" value="YYYY-MM-DD"> before <TEXT>.',
    );
  const value = found.attrs.value ?? '';
  const day = value.slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}(?:$|T)/.test(value) || !IsoDaySchema.safeParse(day).success)
    throw new Error(
      `The document creation time at line ${lineAt(xml, found.from)} has value "${value}": ` +
        'expected a real calendar day written YYYY-MM-DD.',
    );
  return day;
}

function parseTimeML(xml: string): ParsedTimeML {
  const tokens = tokenizeXml(xml);
  const textOpen = tokens.findIndex((t) => t.kind === 'open' && t.name === 'TEXT');
  if (textOpen === -1)
    throw new Error('This TimeML file has no <TEXT> element: there is no text to read.');
  // Nesting is checked by the tokenizer, so the first close at TEXT's level is </TEXT>.
  let depth = 0;
  let close = -1;
  for (let i = textOpen + 1; i < tokens.length && close === -1; i++) {
    const t = tokens[i];
    if (t?.kind === 'open') depth++;
    else if (t?.kind === 'close') {
      if (depth === 0) close = i;
      depth--;
    }
  }
  if (close === -1) throw new Error('The <TEXT> element is never closed.');

  const documentDate = findDocumentDate(xml, tokens, textOpen);
  const gold: TimeMLDocument['gold'] = [];
  let text = '';
  let openTimex: TimeMLDocument['gold'][number] | undefined;
  for (let i = textOpen + 1; i < close; i++) {
    const t = tokens[i] as XmlToken;
    if (t.kind === 'open' && t.name === 'TIMEX3') {
      if (openTimex)
        throw new Error(
          `TIMEX3 tags are nested at line ${lineAt(xml, t.from)}: TimeML forbids it.`,
        );
      const { type = '', value = '', mod } = t.attrs;
      openTimex = { start: text.length, end: text.length, type, value };
      if (mod !== undefined) openTimex.mod = mod;
    } else if (t.kind === 'close' && t.name === 'TIMEX3' && openTimex) {
      gold.push({ ...openTimex, end: text.length });
      openTimex = undefined;
    } else text += tokenText(xml, t);
  }
  return {
    tokens,
    textOpen,
    textClose: close,
    document: { documentDate, text, gold },
  };
}

/**
 * Reads a TimeML file: its creation date, the plain text of `<TEXT>` and the gold TIMEX3
 * spans in it. Throws an Error a person can act on when the file is not usable.
 *
 * @example
 * readTimeML('<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">x</TIMEX3></DCT><TEXT>On <TIMEX3 tid="t1" type="DATE" value="1998-01-07">Wednesday</TIMEX3> &amp; after</TEXT></TimeML>')
 * // { documentDate: '1998-01-08', text: 'On Wednesday & after',
 * //   gold: [{ start: 3, end: 12, type: 'DATE', value: '1998-01-07' }] }
 */
export function readTimeML(xml: string): TimeMLDocument {
  return parseTimeML(xml).document;
}

/** What `writeTimeMLWithReport` had to change in the timexes it was given. */
export interface TimeMLWriteReport {
  xml: string;
  /** Timexes written over a smaller span than asked, because theirs crossed another tag. */
  shrunk: Array<{ timex: Timex; start: number; end: number }>;
  /** Timexes not written: empty or outside the text, overlapping an earlier one, or no part fits. */
  skipped: Timex[];
}

/**
 * Where a tag may be inserted: a source offset between tokens (or inside a text run),
 * with the nesting depth there. `lo`..`hi` are the boundary indices around it.
 */
interface Gap {
  src: number;
  lo: number;
  hi: number;
  depth: number;
}

/** The boundaries between TEXT's tokens: boundary k sits just before token k. */
class TextLayout {
  readonly plain: number[] = [];
  readonly src: number[] = [];
  readonly depth: number[] = [];

  constructor(
    private readonly tokens: XmlToken[],
    readonly text: string,
    contentEnd: number,
  ) {
    let depth = 0;
    let plain = 0;
    for (const t of tokens) {
      this.plain.push(plain);
      this.src.push(t.from);
      this.depth.push(depth);
      if (t.kind === 'open' && !isTimex(t)) depth++;
      if (t.kind === 'close' && !isTimex(t)) depth--;
      if (t.kind === 'text') plain += t.to - t.from;
      if (t.kind === 'literal') plain += t.decoded.length;
    }
    this.plain.push(plain);
    this.src.push(contentEnd);
    this.depth.push(depth);
  }

  /** First boundary whose plain offset is at least `p`. */
  private firstAtOrAfter(p: number): number {
    let lo = 0;
    let hi = this.plain.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.plain[mid] ?? 0) < p) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * The places a tag for plain offset `p` can go, innermost first: an opening tag as
   * late as possible (after tags that start there), a closing tag as early as possible.
   */
  gapsAt(p: number, role: 'open' | 'close'): Gap[] {
    const first = this.firstAtOrAfter(p);
    if (this.plain[first] !== p) {
      // Inside the token before `first`: only a plain text run can be split.
      const k = first - 1;
      const token = this.tokens[k];
      if (token?.kind !== 'text') return [];
      const src = token.from + (p - (this.plain[k] ?? 0));
      return [{ src, lo: k, hi: k + 1, depth: this.depth[k] ?? 0 }];
    }
    let last = first;
    while (last + 1 < this.plain.length && this.plain[last + 1] === p) last++;
    const gaps: Gap[] = [];
    for (let k = first; k <= last; k++)
      gaps.push({ src: this.src[k] ?? 0, lo: k, hi: k, depth: this.depth[k] ?? 0 });
    return role === 'open' ? gaps.reverse() : gaps;
  }

  /** True when the tags between the two gaps are balanced, so an element may wrap them. */
  balanced(a: Gap, b: Gap): boolean {
    if (a.depth !== b.depth) return false;
    for (let k = a.hi; k <= b.lo; k++) if ((this.depth[k] ?? 0) < a.depth) return false;
    return true;
  }

  place(start: number, end: number): [Gap, Gap] | null {
    for (const a of this.gapsAt(start, 'open'))
      for (const b of this.gapsAt(end, 'close')) if (this.balanced(a, b)) return [a, b];
    return null;
  }

  /**
   * The longest part of [start, end) that can be wrapped without crossing a tag, trimmed
   * of white space; null when there is none.
   */
  shrink(start: number, end: number): { start: number; end: number; gaps: [Gap, Gap] } | null {
    const cuts = new Set([start, end]);
    for (let k = this.firstAtOrAfter(start); (this.plain[k] ?? Infinity) <= end; k++) {
      const kind = this.tokens[k]?.kind;
      if (kind === 'open' || kind === 'close') cuts.add(this.plain[k] ?? start);
    }
    const isSpace = (i: number) => /\s/.test(this.text[i] ?? '');
    const candidates: Array<[number, number]> = [];
    for (const s0 of cuts)
      for (const e0 of cuts) {
        let s = s0;
        let e = e0;
        while (s < e && isSpace(s)) s++;
        while (e > s && isSpace(e - 1)) e--;
        if (s < e) candidates.push([s, e]);
      }
    candidates.sort((x, y) => y[1] - y[0] - (x[1] - x[0]) || x[0] - y[0]);
    for (const [s, e] of candidates) {
      const gaps = this.place(s, e);
      if (gaps) return { start: s, end: e, gaps };
    }
    return null;
  }
}

/** The highest number N of any `tN` attribute value outside TEXT (tids and links to them). */
function highestTimexNumberOutside(parsed: ParsedTimeML): number {
  let highest = -1;
  parsed.tokens.forEach((t, i) => {
    if (i > parsed.textOpen && i < parsed.textClose) return;
    if (t.kind !== 'open' && t.kind !== 'empty') return;
    for (const v of Object.values(t.attrs)) {
      const m = /^t(\d+)$/.exec(v);
      if (m) highest = Math.max(highest, Number(m[1]));
    }
  });
  return highest;
}

function timexTag(id: string, timex: Timex): string {
  const attrs: Array<[string, string | undefined]> = [
    ['tid', id],
    ['type', timex.type],
    ['value', timex.value],
    ['mod', timex.mod],
    ['quant', timex.quant],
    ['freq', timex.freq],
  ];
  const written = attrs
    .filter((a): a is [string, string] => a[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`);
  return `<TIMEX3${written.join('')}>`;
}

/**
 * Like `writeTimeML`, and says which timexes had to be shrunk or skipped.
 *
 * Placement rules: timexes are taken in text order; one that is empty, outside the text,
 * or overlapping one already written is skipped. One whose span would cross the boundary
 * of another element (say it starts inside an `<EVENT>` and ends after it) is shrunk to
 * the longest part that crosses none, trimmed of white space; if no part fits it is skipped.
 * A span that merely encloses whole elements, or is enclosed by one, is written as is.
 */
export function writeTimeMLWithReport(xml: string, timexes: readonly Timex[]): TimeMLWriteReport {
  const parsed = parseTimeML(xml);
  const { tokens, textOpen, textClose } = parsed;
  const textTokens = tokens.slice(textOpen + 1, textClose);
  const contentEnd = tokens[textClose]?.from ?? xml.length;
  const layout = new TextLayout(textTokens, parsed.document.text, contentEnd);

  const insertions: Array<{ src: number; order: number; tag: string }> = [];
  const shrunk: TimeMLWriteReport['shrunk'] = [];
  const skipped: Timex[] = [];
  let nextNumber = highestTimexNumberOutside(parsed) + 1;
  let writtenUpTo = 0;
  const ordered = [...timexes].sort(
    (a, b) => a.span.start - b.span.start || b.span.end - a.span.end,
  );
  for (const timex of ordered) {
    const { start, end } = timex.span;
    if (start < writtenUpTo || start >= end || end > parsed.document.text.length) {
      skipped.push(timex);
      continue;
    }
    let gaps = layout.place(start, end);
    let placedEnd = end;
    if (!gaps) {
      const fit = layout.shrink(start, end);
      if (!fit) {
        skipped.push(timex);
        continue;
      }
      gaps = fit.gaps;
      placedEnd = fit.end;
      shrunk.push({ timex, start: fit.start, end: fit.end });
    }
    const id = `t${nextNumber++}`;
    // At one offset a closing tag goes before an opening one: `</TIMEX3><TIMEX3 ...>`.
    insertions.push({ src: gaps[0].src, order: 1, tag: timexTag(id, timex) });
    insertions.push({ src: gaps[1].src, order: 0, tag: '</TIMEX3>' });
    writtenUpTo = placedEnd;
  }
  insertions.sort((a, b) => a.src - b.src || a.order - b.order);

  // Rebuild: every byte as it was, minus gold TIMEX3 tags inside TEXT, plus ours.
  const goldTags = textTokens.filter(isTimex);
  let out = '';
  let at = 0;
  let g = 0;
  for (const ins of insertions) {
    for (let tag = goldTags[g]; tag && tag.from < ins.src; tag = goldTags[++g]) {
      out += xml.slice(at, tag.from);
      at = tag.to;
    }
    out += xml.slice(at, ins.src) + ins.tag;
    at = ins.src;
  }
  for (const tag of goldTags.slice(g)) {
    out += xml.slice(at, tag.from);
    at = tag.to;
  }
  return { xml: out + xml.slice(at), shrunk, skipped };
}

/**
 * Writes `xml` back with `<TIMEX3 tid type value [mod] [quant] [freq]>` tags for
 * `timexes` inserted inside `<TEXT>` (spans index the plain text of `readTimeML(xml).text`);
 * gold TIMEX3 tags already inside TEXT are dropped, every other byte is kept. Ids count
 * on from the highest `tN` used outside TEXT, so they never clash with the DCT's `t0`.
 * See `writeTimeMLWithReport` for spans that cross other tags.
 *
 * @example
 * writeTimeML('...<TEXT>On Friday</TEXT>...', [friday]) // '...<TEXT>On <TIMEX3 tid="t1" type="DATE" value="1998-01-09">Friday</TIMEX3></TEXT>...'
 */
export function writeTimeML(xml: string, timexes: readonly Timex[]): string {
  return writeTimeMLWithReport(xml, timexes).xml;
}
