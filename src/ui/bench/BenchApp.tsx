import { startTransition, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Article, TimelineEvent } from '../../core/model/index.ts';
import { eventsInDateOrder } from '../../app/state/selectors.ts';
import { SYNTHETIC_PUBLISHED_ON, syntheticEvents } from '../../app/bench/syntheticEvents.ts';
import { TimelinePanel } from '../timeline/TimelinePanel.tsx';
import type { TimelineControls } from '../timeline/useVisTimeline.ts';
import { EventList } from '../events/EventList.tsx';
import { EventDetails } from '../details/EventDetails.tsx';
import { isStaged } from '../timeline/stagedDrawing.ts';

/** What benchmarks and scale tests drive the timeline with: each applied at once, unanimated. */
export interface BenchControls {
  fit: () => void;
  zoomIn: (percentage: number) => void;
  setWindow: (startMs: number, endMs: number) => void;
  moveTo: (ms: number) => void;
  window: () => { start: number; end: number } | null;
}

declare global {
  interface Window {
    __bench?: BenchControls;
  }
}

const MAX_EVENTS = 500_000;
const NO_ARTICLES: readonly Article[] = [];
const NO_EVENTS: readonly TimelineEvent[] = [];
const NO_IDS: readonly string[] = [];
const ignore = () => undefined;

/** `?n=N&seed=S` from the address: how many events, and which of the generator's sets. */
export function benchParameters(search: string): { n: number; seed: number } | string {
  const params = new URLSearchParams(search);
  const n = Number(params.get('n') ?? 1000);
  const seed = Number(params.get('seed') ?? 1);
  if (!Number.isInteger(n) || n < 0 || n > MAX_EVENTS) {
    return `n must be a whole number from 0 to ${MAX_EVENTS}.`;
  }
  if (!Number.isInteger(seed)) return 'seed must be a whole number.';
  return { n, seed };
}

/**
 * The bench page (`bench.html?n=N&seed=S`, not linked from the app): N generated events
 * through the app's own timeline panel, list and details, with `window.__bench` to drive it.
 */
export function BenchApp({ n, seed }: { n: number; seed: number }) {
  const events = useMemo(() => eventsInDateOrder(syntheticEvents(n, { seed })), [n, seed]);
  const positions = useMemo(() => new Map(events.map((e, i) => [e.id, i])), [events]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = selectedId === null ? undefined : events[positions.get(selectedId) ?? -1];
  const onStep = useCallback(
    (direction: 1 | -1) =>
      setSelectedId((id) => {
        const at = id === null ? -1 : (positions.get(id) ?? -1);
        const next = at === -1 ? (direction === 1 ? 0 : events.length - 1) : at + direction;
        return events[Math.min(events.length - 1, Math.max(0, next))]?.id ?? null;
      }),
    [events, positions],
  );
  const exposeControls = useCallback((controls: TimelineControls | null) => {
    if (controls) window.__bench = controls.jump;
    else delete window.__bench;
  }, []);

  return (
    <div className="app">
      <header className="app-header">
        <h1>Datelines bench: {events.length.toLocaleString('en')} generated events</h1>
      </header>
      <main className="app-main">
        <TimelinePanel
          events={events}
          selectedId={selected?.id ?? null}
          publishedOn={SYNTHETIC_PUBLISHED_ON}
          emptyMessage={events.length === 0 ? 'No events.' : null}
          status={<p className="status-line">Seed {seed}</p>}
          onSelect={setSelectedId}
          onStep={onStep}
          onControls={exposeControls}
        />
        <div className="columns">
          <SideColumn defer={isStaged(events.length)}>
            {/* Reading only: the bench has no article to show and nothing to edit. */}
            <EventDetails
              event={selected}
              articles={NO_ARTICLES}
              chosen={NO_EVENTS}
              onShowInArticle={ignore}
              onSave={ignore}
              onDelete={ignore}
              onMerge={ignore}
            />
            <EventList
              events={events}
              selectedId={selected?.id ?? null}
              chosenIds={selected ? [selected.id] : NO_IDS}
              onSelect={(id) => setSelectedId(id)}
              onExtend={ignore}
            />
          </SideColumn>
        </div>
      </main>
    </div>
  );
}

/**
 * The details and the list, once the page has gone idle after setting up the timeline (its
 * staged steps and the frame that shows its first items): what the page measures is the
 * timeline, and vis-timeline's own page has no list to draw first. Without `defer`, at once.
 */
function SideColumn({ defer, children }: { defer: boolean; children: ReactNode }) {
  const [ready, setReady] = useState(!defer);
  useEffect(() => {
    if (ready) return;
    // Within a second even on a page that never goes idle.
    const idle = requestIdleCallback(() => startTransition(() => setReady(true)), {
      timeout: 1000,
    });
    return () => cancelIdleCallback(idle);
  }, [ready]);
  return <div className="side-column">{ready ? children : null}</div>;
}
