import type {
  DatePoint,
  DateReference,
  EventStatus,
  Precision,
  TimelineEvent,
} from '../../core/model/index.ts';

/** What `syntheticEvents` makes, besides the count. */
export interface SyntheticOptions {
  /** Same seed, same events. */
  seed?: number;
  /** First year of the 20 the events spread over. */
  fromYear?: number;
}

/** The day the synthetic "stories" are read against: events after it are planned. */
export const SYNTHETIC_PUBLISHED_ON = '2024-06-30';

const YEARS = 20;
const DAY = 24 * 60 * 60 * 1000;

/** A small, fast seeded generator (mulberry32): numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = [
  'Council',
  'Harbour board',
  'Union',
  'Court',
  'Ministry',
  'Rail operator',
  'Hospital trust',
  'Mayor',
  'Regulator',
  'University',
  'Water utility',
  'Police',
];
const HAPPENINGS = [
  'votes on budget',
  'opens inquiry',
  'announces strike',
  'publishes report',
  'signs contract',
  'holds hearing',
  'closes station',
  'raises fares',
  'appoints chief',
  'settles lawsuit',
  'starts works',
  'cancels plan',
];

// Shared by every event (events are never changed in place): fewer objects to make.
const GENERATED: DateReference = { kind: 'none', label: 'generated' };
const NO_TIMEXES: string[] = [];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A date point at `precision` for the local time `ms`. */
function pointAt(ms: number, precision: Precision): DatePoint {
  const d = new Date(ms);
  const year = String(d.getFullYear());
  const month = `${year}-${pad(d.getMonth() + 1)}`;
  const day = `${month}-${pad(d.getDate())}`;
  const value =
    precision === 'year'
      ? year
      : precision === 'month'
        ? month
        : precision === 'day'
          ? day
          : `${day}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  return { value, precision, approximate: false };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** Year 10 %, month 20 %, day 50 %, minute 20 %. */
function precisionOf(random: () => number): Precision {
  const r = random();
  return r < 0.1 ? 'year' : r < 0.3 ? 'month' : r < 0.8 ? 'day' : 'minute';
}

/**
 * `n` timeline events for benchmarks and scale tests, the same for the same seed: spread
 * over 20 years (60 % evenly, 40 % in bursts of a few weeks, as a followed story gives), a
 * third of them spans (hours to a year), precision mixed (year, month, day, minute), and
 * those after {@link SYNTHETIC_PUBLISHED_ON} planned, with a few ongoing spans across it.
 * Returned in no particular order, as an extraction or import would give them.
 *
 * @example syntheticEvents(3, { seed: 1 }).map((e) => e.date.start.value)
 * // three values such as '2011-04-17', '2019-08', '2008-02-03T14:25'
 */
export function syntheticEvents(n: number, options: SyntheticOptions = {}): TimelineEvent[] {
  const random = seededRandom(options.seed ?? 1);
  const from = new Date(options.fromYear ?? 2005, 0, 1).getTime();
  const to = new Date((options.fromYear ?? 2005) + YEARS, 0, 1).getTime();
  const published = new Date(`${SYNTHETIC_PUBLISHED_ON}T12:00`).getTime();
  const bursts = Array.from({ length: 40 }, () => from + random() * (to - from));
  const events: TimelineEvent[] = [];
  for (let i = 0; i < n; i++) {
    const burst = random() < 0.4 ? pick(random, bursts) : null;
    const at = burst === null ? from + random() * (to - from) : burst + random() * 30 * DAY;
    const precision = precisionOf(random);
    const span = i % 3 === 0;
    const start = pointAt(Math.min(at, to - DAY), precision);
    let end: DatePoint | undefined;
    if (span) {
      const length =
        precision === 'minute'
          ? (1 + random() * 8) * 60 * 60 * 1000
          : precision === 'day'
            ? (1 + random() * 60) * DAY
            : precision === 'month'
              ? (31 + random() * 180) * DAY
              : (366 + random() * 365) * DAY;
      end = pointAt(Math.min(at + length, to - DAY), precision);
      if (end.value <= start.value) end = undefined;
    }
    const status: EventStatus =
      at > published ? 'planned' : end && random() < 0.03 ? 'ongoing' : 'happened';
    const title = `${pick(random, SUBJECTS)} ${pick(random, HAPPENINGS)} (${i + 1})`;
    const text = `${title}.`;
    const derivation = {
      phrase: start.value,
      reference: GENERATED,
      rule: 'synthetic',
      explanation: `Generated event ${i + 1} (seed ${options.seed ?? 1}).`,
      inferred: false,
    };
    events.push({
      id: `e${i + 1}`,
      title,
      date: end ? { start, end, derivation } : { start, derivation },
      status,
      sources: [{ documentId: 'synthetic', span: { start: 0, end: text.length, text } }],
      timexIds: NO_TIMEXES,
      edited: false,
    });
  }
  return events;
}
