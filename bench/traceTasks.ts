/**
 * Main-thread tasks read from a Chrome trace (Playwright's `browser.startTracing` with the
 * `toplevel` category): when each ran and how much CPU time it took. On a busy machine a
 * task's wall time (what the page's long-task observer sees) grows with every other process
 * that takes the core away; its CPU time is what the page itself asked of the core.
 */

/** The part of a trace event read here. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  /** Microseconds. */
  ts: number;
  dur?: number;
  /** CPU time of the thread over the event, in microseconds. */
  tdur?: number;
  cat?: string;
  args?: { name?: string };
}

export interface TraceTask {
  /** Microseconds, on the trace's clock. */
  start: number;
  wallMs: number;
  cpuMs: number;
}

/**
 * The tasks of the busiest renderer main thread (the page's), in the order they ran.
 *
 * @example mainThreadTasks(trace.traceEvents)[0] // { start: 123456789, wallMs: 12.5, cpuMs: 11.9 }
 */
export function mainThreadTasks(events: readonly TraceEvent[]): TraceTask[] {
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.name !== 'RunTask' || e.ph !== 'X') continue;
    const thread = `${e.pid}:${e.tid}`;
    if (!mains.has(thread)) continue;
    let list = byThread.get(thread);
    if (!list) byThread.set(thread, (list = []));
    list.push(e);
  }
  let busiest: TraceEvent[] = [];
  for (const list of byThread.values()) if (list.length > busiest.length) busiest = list;
  return busiest
    .map((e) => ({ start: e.ts, wallMs: (e.dur ?? 0) / 1000, cpuMs: (e.tdur ?? 0) / 1000 }))
    .sort((a, b) => a.start - b.start);
}

/** When the page's `performance.mark(name)` calls fell on the trace's clock, in order. */
export function markTimes(events: readonly TraceEvent[], name: string): number[] {
  return events
    .filter((e) => e.name === name && (e.cat ?? '').includes('blink.user_timing'))
    .map((e) => e.ts)
    .sort((a, b) => a - b);
}
