import { describeEventDate } from '../../calendar/describeDate.ts';
import { intervalOf } from '../../calendar/interval.ts';
import { spanOf } from '../../model/index.ts';
import type { DateReference, EventSource, TimelineEvent } from '../../model/index.ts';
import type { BuildContext, Draft } from './draft.ts';

/** FNV-1a, 32 bits, in base 36: short, stable across runs and platforms. */
function shortHash(input: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < input.length; i++) {
    hash ^= input.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}

/** Lower-case ASCII words joined by hyphens: "Another demonstration called for …" → "another-demonstration-called". */
export function slugOf(title: string, maxLength = 40): string {
  // Accents come off by decomposing; printable ASCII titles (most) have none to take off.
  const slug = isPrintableAscii(title)
    ? alphanumericRuns(title)
    : alphanumericRuns(title.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase());
  if (slug.length <= maxLength) return slug || 'event';
  // Cut at the last hyphen the length allows, so no word is cut.
  const head = slug.slice(0, maxLength);
  const lastHyphen = head.lastIndexOf('-');
  return (lastHyphen >= 0 ? head.slice(0, lastHyphen) : head) || 'event';
}

/**
 * The runs of ASCII letters and digits, lower-cased and joined by single hyphens, as
 * `text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')` gives them
 * when `text` is ASCII or already lower-cased. Read by code unit: a title is a slice of
 * the article, a two-byte string when it has typographic quotes, and regular
 * expressions and `toLowerCase` are slow on those.
 */
function alphanumericRuns(text: string): string {
  let runs = '';
  let inRun = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const lower = c >= 65 && c <= 90 ? c + 32 : c;
    if ((lower >= 97 && lower <= 122) || (lower >= 48 && lower <= 57)) {
      if (!inRun && runs !== '') runs += '-';
      runs += String.fromCharCode(lower);
      inRun = true;
    } else inRun = false;
  }
  return runs;
}

/** Whether every character of the text is printable ASCII (`/^[ -~]*$/`). */
function isPrintableAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 || c > 126) return false;
  }
  return true;
}

/**
 * A deterministic, URL-safe id (`[a-z0-9-]+`): the title's slug and a hash of the
 * document id and where the event is first quoted, so ids survive re-extraction.
 */
export function eventIdOf(documentId: string, title: string, firstOffset: number): string {
  return `${slugOf(title)}-${shortHash(`${documentId}:${firstOffset}`)}`;
}

/** An event with what orders it: its interval (as `compareEventDates`), then text order. */
interface Placed {
  event: TimelineEvent;
  order: number;
  from: number;
  to: number;
}

const STATUS_WORDS = { happened: '', ongoing: ', ongoing', planned: ', planned' } as const;

/**
 * Last stage: drafts to timeline events, with ids, verbatim sources sorted by offset,
 * the derivation (phrase, reference, rule, one-sentence explanation), sorted by date
 * and then by text order.
 */
export function toTimelineEvents(drafts: readonly Draft[], context: BuildContext): TimelineEvent[] {
  const { article, text } = context;
  const dated = drafts.filter((d) => d.start !== undefined);
  const ids = new Map<number, string>();
  const used = new Set<string>();
  for (const d of dated) {
    const base = eventIdOf(article.id, d.title ?? 'event', d.quote.start);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    ids.set(d.key, id);
  }
  const byKey = new Map(dated.map((d) => [d.key, d]));

  const referenceOf = (d: Draft): DateReference => {
    const ref = d.reference;
    if (!ref) return { kind: 'none', label: 'no reference' };
    switch (ref.kind) {
      case 'document-date':
        return { kind: 'document-date', value: article.publishedOn, label: 'the publication date' };
      case 'expression':
        return { kind: 'expression', value: ref.timex.value, label: `“${ref.timex.span.text}”` };
      case 'draft': {
        const other = byKey.get(ref.key);
        const eventId = ids.get(ref.key);
        if (!other || !eventId) return { kind: 'none', label: 'no reference' };
        return {
          kind: 'event',
          eventId,
          value: other.start!.value,
          label: other.title ?? 'another event',
        };
      }
    }
  };

  const events = dated.map((d): Placed => {
    const start = d.start!;
    const date = { start, end: d.end };
    const status = d.status ?? 'happened';
    const ranges = [{ range: d.quote, sentence: d.sentence.index }, ...d.extraSources].sort(
      (a, b) => a.range.start - b.range.start || a.range.end - b.range.end,
    );
    const sources: EventSource[] = ranges.map((s) => ({
      documentId: article.id,
      span: spanOf(text, s.range.start, s.range.end),
      sentence: s.sentence,
    }));
    const phrase = d.phrase ?? d.anchor?.span;
    const reasons = d.reasons.length > 0 ? d.reasons.join(', ') : 'Dated from the text';
    const explanation = `${reasons.charAt(0).toUpperCase()}${reasons.slice(1)}: ${describeEventDate(date)}${STATUS_WORDS[status]}.`;
    const event: TimelineEvent = {
      id: ids.get(d.key)!,
      title: d.title ?? 'Event',
      date: {
        start,
        ...(d.end ? { end: d.end } : {}),
        derivation: {
          phrase: phrase ? text.slice(phrase.start, phrase.end) : '',
          ...(phrase ? { span: spanOf(text, phrase.start, phrase.end) } : {}),
          reference: referenceOf(d),
          rule: d.rule ?? 'dated',
          explanation,
          inferred: d.inferredFrom !== undefined,
        },
      },
      status,
      sources,
      timexIds: [...new Set(d.timexes.map((t) => t.id))],
      edited: false,
    };
    // The interval once per event, not once per comparison: as `compareEventDates` orders them.
    const interval = intervalOf(event.date);
    return {
      event,
      order: sources[0]!.span.start,
      from: interval.start.getTime(),
      to: interval.end.getTime(),
    };
  });
  events.sort((a, b) => a.from - b.from || a.to - b.to || a.order - b.order);
  return events.map((e) => e.event);
}
