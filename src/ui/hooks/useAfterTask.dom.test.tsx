// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAfterTask } from './useAfterTask.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Probe({ defer, seen }: { defer: boolean; seen: boolean[] }) {
  const ready = useAfterTask(defer);
  seen.push(ready);
  return createElement('p', null, ready ? 'ready' : 'waiting');
}

describe('useAfterTask', () => {
  let root: Root;
  let host: HTMLElement;
  beforeEach(() => {
    vi.useFakeTimers();
    host = document.createElement('div');
    root = createRoot(host);
  });
  afterEach(() => {
    act(() => root.unmount());
    vi.useRealTimers();
  });

  it('is ready on the first render when nothing is deferred', () => {
    const seen: boolean[] = [];
    act(() => root.render(createElement(Probe, { defer: false, seen })));
    expect(seen).toEqual([true]);
    expect(host.textContent).toBe('ready');
  });

  it('waits for a later task when deferred, then stays ready', () => {
    const seen: boolean[] = [];
    act(() => root.render(createElement(Probe, { defer: true, seen })));
    expect(host.textContent).toBe('waiting');
    act(() => {
      vi.runAllTimers();
    });
    expect(host.textContent).toBe('ready');
    // Asked to defer again (another long text), what is drawn stays drawn.
    act(() => root.render(createElement(Probe, { defer: true, seen })));
    expect(host.textContent).toBe('ready');
    expect(seen[0]).toBe(false);
    expect(seen.at(-1)).toBe(true);
  });

  it('draws deferred parts one task after another, in the order they asked', () => {
    const order: string[] = [];
    function Part({ name }: { name: string }) {
      const ready = useAfterTask(true);
      if (ready && !order.includes(name)) order.push(name);
      return createElement('span', null, ready ? name : '.');
    }
    act(() =>
      root.render(
        createElement(
          'div',
          null,
          createElement(Part, { name: 'a' }),
          createElement(Part, { name: 'b' }),
        ),
      ),
    );
    expect(host.textContent).toBe('..');
    act(() => {
      vi.advanceTimersToNextTimer();
    });
    expect(host.textContent).toBe('a.');
    act(() => {
      vi.advanceTimersToNextTimer();
    });
    expect(host.textContent).toBe('ab');
    expect(order).toEqual(['a', 'b']);
  });

  it('lets the next part come when one goes away before it was drawn', () => {
    act(() =>
      root.render(
        createElement(
          'div',
          null,
          createElement(Probe, { defer: true, seen: [] }),
          createElement(Probe, { defer: true, seen: [] }),
        ),
      ),
    );
    act(() =>
      root.render(
        createElement('div', null, null, createElement(Probe, { defer: true, seen: [] })),
      ),
    );
    act(() => {
      vi.runAllTimers();
    });
    expect(host.textContent).toBe('ready');
  });

  it('is not held up by a part that went away while it was being let in', () => {
    act(() => root.render(createElement(Probe, { defer: true, seen: [] })));
    // Gone before its task came: that task does nothing, and what comes next still draws.
    act(() => root.render(createElement('p', null, 'other')));
    act(() => root.render(createElement(Probe, { defer: true, seen: [] })));
    expect(host.textContent).toBe('waiting');
    act(() => {
      vi.runAllTimers();
    });
    expect(host.textContent).toBe('ready');
  });
});
