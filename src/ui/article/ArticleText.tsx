import {
  memo,
  startTransition,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
} from 'react';
import type { TimelineEvent } from '../../core/model/index.ts';
import {
  indexPassages,
  paragraphRanges,
  segmentParagraph,
  type Paragraph,
  type ParagraphRange,
  type Passage,
  type PassageIndex,
} from '../../app/article/articleSegments.ts';
import { blockAt, blocksOf, type Block } from '../../app/article/articleBlocks.ts';
import { eventLabel } from '../eventWords.ts';
import { ArticleMark, passageKey } from './ArticleMark.tsx';

/** Longer articles are drawn a few blocks at a time, around what is in view. */
export const WINDOW_FROM = 60_000;
/** About this many characters per block: a screen or two of text. */
const BLOCK_CHARS = 6_000;
/** Blocks this far (px) above or below the view are drawn before they scroll in. */
const MARGIN = 1_200;
/** How long after "Show in article" the passage is kept in view while blocks settle. */
const SETTLE_MS = 1_000;
/** Height per character of a block not drawn yet, until drawn blocks tell better. */
const PX_PER_CHAR = 0.4;

export interface ArticleTextProps {
  text: string;
  events: readonly TimelineEvent[];
  /** Every passage of the events in this text. */
  passages: readonly Passage[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Told the element holding the text, for reading selections by offsets. */
  onRoot: (element: HTMLDivElement | null) => void;
}

/**
 * The article's paragraphs with each event's passages in `<mark>`s. A long article is
 * cut into blocks of paragraphs, and only the blocks in (or near) view are drawn; the
 * others stand as empty boxes of their height, so the page never holds a giant text with
 * thousands of marks. Every drawn piece carries `data-start`, its offset in the text, so
 * a selection maps to exact offsets wherever it is made.
 */
export function ArticleText(props: ArticleTextProps) {
  const { text, events, passages, selectedId, onSelect, onRoot } = props;
  const index = useMemo(() => indexPassages(passages), [passages]);
  // Element ids must not depend on what characters an event id holds.
  const descriptionIds = useMemo(
    () => new Map(events.map((event, i) => [event.id, `article-event-${i}`])),
    [events],
  );
  const ranges = useMemo(() => paragraphRanges(text), [text]);
  // Only events quoted in this text need a description (a timeline may hold thousands).
  const quoted = useMemo(() => {
    const ids = new Set(passages.map((p) => p.eventId));
    return events.filter((e) => ids.has(e.id));
  }, [events, passages]);

  if (text.length > WINDOW_FROM)
    return (
      <WindowedText {...props} ranges={ranges} index={index} descriptionIds={descriptionIds} />
    );
  const paragraphs = ranges.map((range) => segmentParagraph(text, range, index));
  return (
    <>
      <div className="article-text" ref={onRoot}>
        {paragraphs.map((paragraph) => (
          <ArticleParagraph
            key={paragraph.start}
            paragraph={paragraph}
            selectedId={selectedId}
            descriptionIds={descriptionIds}
            onSelect={onSelect}
          />
        ))}
      </div>
      <Descriptions events={quoted} descriptionIds={descriptionIds} />
    </>
  );
}

interface WindowedProps extends ArticleTextProps {
  ranges: readonly ParagraphRange[];
  index: PassageIndex;
  descriptionIds: Map<string, string>;
}

function WindowedText(props: WindowedProps) {
  const { text, events, passages, selectedId, onSelect, onRoot, ranges, index } = props;
  const blocks = useMemo(() => blocksOf(ranges, BLOCK_CHARS), [ranges]);
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  // Blocks the observer finds in or near view; the first ones until it first reports.
  const [near, setNear] = useState<ReadonlySet<number>>(() => new Set([0, 1, 2]));
  // The block a "Show in article" asked for, drawn whatever the observer says.
  const [target, setTarget] = useState<{
    eventId: string;
    sourceIndex: number;
    block: number;
    at: number;
  }>();
  // What drawn blocks measured, so they keep their height when left out.
  const [heights, setHeights] = useState<ReadonlyMap<number, number>>(() => new Map());
  const scrollRoot = useScrollRoot(root);
  const setElement = useCallback(
    (element: HTMLDivElement | null) => {
      setRoot(element);
      onRoot(element);
    },
    [onRoot],
  );

  const drawn = new Set(near);
  if (target) drawn.add(target.block);
  const drawnKey = [...drawn].join(' ');

  useEffect(() => {
    if (!root) return;
    const seen = new Set<number>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const i = Number((entry.target as HTMLElement).dataset.block);
          if (entry.isIntersecting) seen.add(i);
          else seen.delete(i);
        }
        setNear(new Set(seen));
      },
      { root: scrollRoot, rootMargin: `${MARGIN}px 0px` },
    );
    for (const element of root.querySelectorAll(':scope > [data-block]')) observer.observe(element);
    return () => observer.disconnect();
  }, [root, blocks, scrollRoot]);

  useLayoutEffect(() => {
    if (!root) return;
    let changed: Map<number, number> | null = null;
    for (const element of root.querySelectorAll<HTMLElement>(':scope > .is-drawn')) {
      const i = Number(element.dataset.block);
      const height = element.offsetHeight;
      if (heights.get(i) === height) continue;
      changed ??= new Map(heights);
      changed.set(i, height);
    }
    // Not at once: every block not drawn takes its new height (the measured text's px per
    // character), which for a long article is hundreds of blocks; the next render does it.
    const measured = changed;
    if (measured) startTransition(() => setHeights(measured));
  }, [root, heights, drawnKey]);

  // "Show in article" for a passage in a block not drawn: draw it, then show the mark.
  useEffect(() => {
    revealer = (eventId, sourceIndex) => {
      const passage = passages.find((p) => p.eventId === eventId && p.sourceIndex === sourceIndex);
      const block = passage ? blockAt(blocks, passage.start) : -1;
      if (block === -1) return false;
      setTarget({ eventId, sourceIndex, block, at: performance.now() });
      return true;
    };
    return () => {
      revealer = null;
    };
  }, [passages, blocks]);
  useEffect(() => {
    if (!target) return;
    const mark = markOf(target.eventId, target.sourceIndex);
    mark?.focus({ preventScroll: true });
    if (mark) centre(mark, scrollRoot);
  }, [target, scrollRoot]);
  // Blocks drawn around it just after take their real heights: keep the passage centred
  // while they settle (a moment; scrolling by the reader is left alone after that).
  useLayoutEffect(() => {
    if (!target || performance.now() - target.at > SETTLE_MS) return;
    const mark = markOf(target.eventId, target.sourceIndex);
    if (mark) centre(mark, scrollRoot);
  }, [target, drawnKey, heights, scrollRoot]);

  let measuredPx = 0;
  let measuredChars = 0;
  for (const [i, h] of heights) {
    const block = blocks[i];
    if (!block) continue;
    measuredPx += h;
    measuredChars += block.end - block.start;
  }
  const pxPerChar = measuredChars > 0 ? measuredPx / measuredChars : PX_PER_CHAR;
  // Only the events with a passage drawn need their description on the page.
  const owners = new Set<string>();
  for (const i of drawn) {
    const block = blocks[i];
    if (block) for (const p of index.within(block.start, block.end)) owners.add(p.eventId);
  }

  return (
    <>
      <div className="article-text is-windowed" ref={setElement}>
        {blocks.map((block, i) => (
          <ArticleBlock
            key={block.start}
            number={i}
            text={text}
            block={block}
            index={index}
            drawn={drawn.has(i)}
            height={heights.get(i) ?? Math.round((block.end - block.start) * pxPerChar)}
            selectedId={selectedId}
            descriptionIds={props.descriptionIds}
            onSelect={onSelect}
          />
        ))}
      </div>
      <Descriptions
        events={events.filter((e) => owners.has(e.id))}
        descriptionIds={props.descriptionIds}
      />
    </>
  );
}

interface BlockProps {
  number: number;
  text: string;
  block: Block;
  index: PassageIndex;
  /** False while out of view: an empty box of `height` px stands for the block. */
  drawn: boolean;
  height: number;
  selectedId: string | null;
  descriptionIds: Map<string, string>;
  onSelect: (id: string) => void;
}

// One element whether drawn or not, so the observer watching it keeps watching.
const ArticleBlock = memo(function ArticleBlock(props: BlockProps) {
  const { text, block, index, drawn } = props;
  const paragraphs = useMemo(
    () => (drawn ? block.paragraphs.map((range) => segmentParagraph(text, range, index)) : null),
    [drawn, text, block, index],
  );
  if (!paragraphs)
    return (
      <div
        className="article-block"
        data-block={props.number}
        data-start={block.start}
        style={{ height: props.height }}
      />
    );
  return (
    <div className="article-block is-drawn" data-block={props.number} data-start={block.start}>
      {paragraphs.map((paragraph) => (
        <ArticleParagraph
          key={paragraph.start}
          paragraph={paragraph}
          selectedId={props.selectedId}
          descriptionIds={props.descriptionIds}
          onSelect={props.onSelect}
        />
      ))}
    </div>
  );
});

interface ParagraphProps {
  paragraph: Paragraph;
  selectedId: string | null;
  descriptionIds: Map<string, string>;
  onSelect: (id: string) => void;
}

function ArticleParagraph({ paragraph, selectedId, descriptionIds, onSelect }: ParagraphProps) {
  return (
    <p data-start={paragraph.start}>
      {paragraph.segments.map((segment) =>
        segment.owner ? (
          <ArticleMark
            key={segment.start}
            segment={segment}
            selectedId={selectedId}
            describedBy={descriptionIds.get(segment.owner.eventId)}
            onSelect={onSelect}
          />
        ) : (
          <span key={segment.start} data-start={segment.start}>
            {segment.text}
          </span>
        ),
      )}
    </p>
  );
}

/** What a mark is, for screen readers: "Passage for the event …". */
function Descriptions({
  events,
  descriptionIds,
}: {
  events: readonly TimelineEvent[];
  descriptionIds: Map<string, string>;
}) {
  return (
    <div hidden>
      {events.map((event) => (
        <span key={event.id} id={descriptionIds.get(event.id)}>
          Passage for the event {eventLabel(event)}
        </span>
      ))}
    </div>
  );
}

/** The nearest ancestor that scrolls (the article column on a desktop), else the page. */
function useScrollRoot(element: HTMLElement | null): Element | null {
  const [root, setRoot] = useState<Element | null>(null);
  useLayoutEffect(() => {
    const find = () => {
      for (let el = element?.parentElement; el; el = el.parentElement) {
        const overflow = getComputedStyle(el).overflowY;
        if (overflow === 'auto' || overflow === 'scroll') return el;
      }
      return null;
    };
    const update = () => setRoot(find());
    update();
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, [element]);
  return root;
}

/** Set by a windowed article: draws the block a passage lies in, then shows it. */
let revealer: ((eventId: string, sourceIndex: number) => boolean) | null = null;

/**
 * Scrolls only the article's own scroller (when it has one) to put a mark in its middle:
 * `scrollIntoView` would move the page around it as well, header and timeline included.
 */
function centre(mark: HTMLElement, scroller: Element | null): void {
  if (!scroller) {
    mark.scrollIntoView({ block: 'center' });
    return;
  }
  const box = scroller.getBoundingClientRect();
  const at = mark.getBoundingClientRect();
  scroller.scrollTop += at.top - box.top - (box.height - at.height) / 2;
}

/** The mark where a source passage begins, when it is drawn. */
function markOf(eventId: string, sourceIndex: number): HTMLElement | null {
  const key = CSS.escape(passageKey(eventId, sourceIndex));
  return document.querySelector<HTMLElement>(`mark[data-passages~="${key}"]`);
}

/** `smooth`: glide there (a jump when the mark was just drawn far away, or motion is reduced). */
function focusPassage(eventId: string, sourceIndex: number, smooth = true): boolean {
  const mark = markOf(eventId, sourceIndex);
  if (!mark) return false;
  mark.focus({ preventScroll: true });
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  mark.scrollIntoView({ block: 'center', behavior: reduce || !smooth ? 'auto' : 'smooth' });
  return true;
}

/**
 * Focuses the mark where a source passage begins, scrolling it to the middle of the view;
 * in a long article, draws the part holding it first.
 */
export function showPassage(eventId: string, sourceIndex: number): void {
  if (!focusPassage(eventId, sourceIndex)) revealer?.(eventId, sourceIndex);
}
