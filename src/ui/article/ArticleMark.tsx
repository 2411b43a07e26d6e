import type { KeyboardEvent } from 'react';
import { eventForSegment, type Segment } from '../../app/article/articleSegments.ts';

/** Names a passage in `data-passages`, so "Show in article" can find where it begins. */
export function passageKey(eventId: string, sourceIndex: number): string {
  return `${encodeURIComponent(eventId)}:${sourceIndex}`;
}

export interface ArticleMarkProps {
  segment: Segment;
  selectedId: string | null;
  describedBy: string | undefined;
  onSelect: (id: string) => void;
}

/** One highlighted piece of a passage: click, Enter or Space selects the event it belongs to. */
export function ArticleMark({ segment, selectedId, describedBy, onSelect }: ArticleMarkProps) {
  const owner = segment.owner;
  if (!owner) return <>{segment.text}</>;
  const eventId = owner.eventId;
  const selected = segment.passages.some((p) => p.eventId === selectedId);
  const choose = () => onSelect(eventForSegment(segment, selectedId) ?? eventId);
  // Only the piece where a passage starts carries its key, so focus lands at its beginning.
  const starts = segment.passages
    .filter((p) => p.start === segment.start)
    .map((p) => passageKey(p.eventId, p.sourceIndex))
    .join(' ');

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    choose();
  }

  return (
    <mark
      tabIndex={0}
      className={selected ? 'passage is-selected' : 'passage'}
      data-start={segment.start}
      data-event-id={eventId}
      data-events={[...new Set(segment.passages.map((p) => p.eventId))].join(' ')}
      data-passages={starts || undefined}
      aria-describedby={describedBy}
      onClick={choose}
      onKeyDown={onKeyDown}
    >
      {segment.text}
    </mark>
  );
}
