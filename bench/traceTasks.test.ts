import { describe, expect, it } from 'vitest';
import { mainThreadTasks, markTimes, type TraceEvent } from './traceTasks.ts';

const thread = (pid: number, tid: number, name: string): TraceEvent => ({
  name: 'thread_name',
  ph: 'M',
  pid,
  tid,
  ts: 0,
  args: { name },
});
const task = (pid: number, tid: number, ts: number, dur: number, tdur: number): TraceEvent => ({
  name: 'RunTask',
  ph: 'X',
  pid,
  tid,
  ts,
  dur,
  tdur,
});

describe('mainThreadTasks', () => {
  it("reads the page's main thread (the busiest renderer main), wall and CPU time in ms, in order", () => {
    const events = [
      thread(1, 1, 'CrRendererMain'),
      thread(2, 7, 'CrRendererMain'),
      thread(2, 8, 'DedicatedWorker thread'),
      task(2, 7, 5_000, 250_000, 40_000),
      task(2, 7, 1_000, 2_000, 1_500),
      task(1, 1, 9_000, 1_000, 1_000),
      // A worker's task is not the page's.
      task(2, 8, 3_000, 900_000, 900_000),
    ];
    expect(mainThreadTasks(events)).toEqual([
      { start: 1_000, wallMs: 2, cpuMs: 1.5 },
      { start: 5_000, wallMs: 250, cpuMs: 40 },
    ]);
  });

  it('reads the renderer that took the most CPU time, not the one with the most tasks', () => {
    const events = [
      thread(1, 1, 'CrRendererMain'),
      thread(2, 7, 'CrRendererMain'),
      // A WebUI page of many small tasks beside the page.
      ...Array.from({ length: 5 }, (_, i) => task(1, 1, i * 10_000, 1_000, 1_000)),
      task(2, 7, 2_000, 90_000, 60_000),
    ];
    expect(mainThreadTasks(events)).toEqual([{ start: 2_000, wallMs: 90, cpuMs: 60 }]);
  });

  it("reads the thread that made the page's mark when one is named", () => {
    const events = [
      thread(1, 1, 'CrRendererMain'),
      thread(2, 7, 'CrRendererMain'),
      task(1, 1, 1_000, 500_000, 400_000),
      task(2, 7, 2_000, 30_000, 20_000),
      { name: 'painted', ph: 'R', pid: 2, tid: 7, ts: 40_000, cat: 'blink.user_timing' },
    ];
    expect(mainThreadTasks(events, 'painted')).toEqual([{ start: 2_000, wallMs: 30, cpuMs: 20 }]);
    // A mark that is not in the trace leaves the choice to CPU time.
    expect(mainThreadTasks(events, 'missing')).toEqual([{ start: 1_000, wallMs: 500, cpuMs: 400 }]);
  });

  it('gives nothing for a trace without renderer tasks', () => {
    expect(mainThreadTasks([thread(1, 1, 'CrBrowserMain'), task(1, 1, 0, 10, 10)])).toEqual([]);
  });
});

describe('markTimes', () => {
  it("gives the page's marks of one name on the trace's clock, in order", () => {
    const mark = (name: string, ts: number): TraceEvent => ({
      name,
      ph: 'R',
      pid: 2,
      tid: 7,
      ts,
      cat: 'blink.user_timing',
    });
    expect(markTimes([mark('b', 30), mark('a', 20), mark('b', 10)], 'b')).toEqual([10, 30]);
  });
});
