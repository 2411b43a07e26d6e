import { eventInterval } from '../src/core/calendar/interval.ts';
import type { TimelineEvent } from '../src/core/model/index.ts';

/** Where one event lies in the store, and what orders it. */
interface Entry {
  from: number;
  to: number;
  /** Where it is first quoted: text order among events of the same dates. */
  order: number;
  chunk: number;
  at: number;
  length: number;
}

/** Bytes of each block the store fills. */
const CHUNK_BYTES = 8 << 20;

/**
 * Events kept compact while a large text is read: each as its JSON in UTF-8, in large
 * blocks outside the JavaScript heap (about 0.9 kB an event, against about 1.3 kB as
 * objects, and no garbage collector scanning them), with what orders them beside.
 * Read back in date order, then text order, as `extractArticle` orders events.
 *
 * @example const store = new EventStore(); store.add(event); [...store.sorted()] // [event]
 */
export class EventStore {
  readonly #chunks: Buffer[] = [];
  #used = 0;
  readonly #entries: Entry[] = [];
  #sorted = true;

  /** How many events it holds. */
  get size(): number {
    return this.#entries.length;
  }

  add(event: TimelineEvent): void {
    const json = JSON.stringify(event);
    const length = Buffer.byteLength(json);
    let chunk = this.#chunks.at(-1);
    if (chunk === undefined || this.#used + length > chunk.length) {
      chunk = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, length));
      this.#chunks.push(chunk);
      this.#used = 0;
    }
    chunk.write(json, this.#used);
    const interval = eventInterval(event.date);
    const entry: Entry = {
      from: interval.start.getTime(),
      to: interval.end.getTime(),
      order: event.sources[0]?.span.start ?? 0,
      chunk: this.#chunks.length - 1,
      at: this.#used,
      length,
    };
    const last = this.#entries.at(-1);
    if (last && compare(last, entry) > 0) this.#sorted = false;
    this.#entries.push(entry);
    this.#used += length;
  }

  /** The events in date order, then in the order of the text; each read back as asked. */
  *sorted(): Generator<TimelineEvent> {
    if (!this.#sorted) {
      this.#entries.sort(compare);
      this.#sorted = true;
    }
    for (const { chunk, at, length } of this.#entries) {
      yield JSON.parse(this.#chunks[chunk]!.toString('utf8', at, at + length)) as TimelineEvent;
    }
  }
}

function compare(a: Entry, b: Entry): number {
  return a.from - b.from || a.to - b.to || a.order - b.order;
}
