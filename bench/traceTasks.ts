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
 * The tasks of the page's renderer main thread, in the order they ran: the thread that
 * made the page's `performance.mark(markedBy)` calls when that is given and found, else the
 * renderer main thread that took the most CPU time. (Counting tasks is not enough: headless
 * Chromium loads its own omnibox pop-up, a WebUI page of a thousand small tasks, beside a
 * page opened in a new context.)
 *
 * @example mainThreadTasks(trace.traceEvents, 'bench:first-paint')[0] // { start: 123456789, wallMs: 12.5, cpuMs: 11.9 }
 */
export function mainThreadTasks(events: readonly TraceEvent[], markedBy?: string): TraceTask[] {
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map<string, TraceEvent[]>();
  const cpuOf = new Map<string, number>();
  for (const e of events) {
    if (e.name !== 'RunTask' || e.ph !== 'X') continue;
    const thread = `${e.pid}:${e.tid}`;
    if (!mains.has(thread)) continue;
    let list = byThread.get(thread);
    if (!list) byThread.set(thread, (list = []));
    list.push(e);
    cpuOf.set(thread, (cpuOf.get(thread) ?? 0) + (e.tdur ?? 0));
  }
  const mark = markedBy === undefined ? undefined : pageMarks(events, markedBy)[0];
  const marked = mark && byThread.get(`${mark.pid}:${mark.tid}`);
  let busiest: TraceEvent[] = [];
  let busiestCpu = -1;
  for (const [thread, list] of byThread) {
    const cpu = cpuOf.get(thread) ?? 0;
    if (cpu > busiestCpu) [busiest, busiestCpu] = [list, cpu];
  }
  return (marked ?? busiest)
    .map((e) => ({ start: e.ts, wallMs: (e.dur ?? 0) / 1000, cpuMs: (e.tdur ?? 0) / 1000 }))
    .sort((a, b) => a.start - b.start);
}

function pageMarks(events: readonly TraceEvent[], name: string): TraceEvent[] {
  return events
    .filter((e) => e.name === name && (e.cat ?? '').includes('blink.user_timing'))
    .sort((a, b) => a.ts - b.ts);
}

/** When the page's `performance.mark(name)` calls fell on the trace's clock, in order. */
export function markTimes(events: readonly TraceEvent[], name: string): number[] {
  return pageMarks(events, name).map((e) => e.ts);
}
