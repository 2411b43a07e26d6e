import { syntheticEvents, SYNTHETIC_PUBLISHED_ON } from '../src/app/bench/syntheticEvents.ts';
import { projectOfArticle } from '../src/core/formats/exportInput.ts';
import type { Article, HandEdit, Project } from '../src/core/model/index.ts';

const MONTHS =
  'January February March April May June July August September October November December'.split(
    ' ',
  );

/** "on 17 April 2011", "in April 2011", "in 2011" or "on 17 April 2011 at 14:25", as the value says. */
function words(value: string): string {
  const [date = '', time] = value.split('T');
  const [year, month, day] = date.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return `in ${year}`;
  if (!day) return `in ${monthName} ${year}`;
  return `on ${Number(day)} ${monthName} ${year}${time ? ` at ${time}` : ''}`;
}

/**
 * A native project of `n` generated events (see `syntheticEvents`), each quoting its own
 * dated sentence of one article, as the app's JSON export writes it: a file to import as a
 * person would. The app reads the article again once it is open, and finds the events in
 * it. 2,000 events make a timeline too big for a reader link.
 */
export function generatedProject(n: number, title = 'A long-running story'): Project {
  const articleId = 'generated-article';
  let at = 0;
  const events = syntheticEvents(n, { seed: 7 }).map((event) => {
    const text = `The ${event.title.replace(/ \(\d+\)$/, '')} ${words(event.date.start.value)}.`;
    const span = { start: at, end: at + text.length, text };
    at += text.length + 1;
    return { ...event, sources: [{ documentId: articleId, span }] };
  });
  const article: Article = {
    id: articleId,
    title,
    text: events.map((event) => event.sources[0]!.span.text).join('\n'),
    outlet: 'The Generated Gazette',
    publishedOn: SYNTHETIC_PUBLISHED_ON,
    language: 'en',
  };
  return projectOfArticle(article, events, title, '2026-12-01T00:00:00.000Z');
}

/**
 * An archive of `n` dated events as a native Datelines file: the shape an imported
 * TimelineJS timeline takes (one article without text, every event added by hand), so
 * nothing is read again once it is open and every event stays.
 */
export function archiveProject(n: number): Project {
  const id = 'archive';
  const at = `${SYNTHETIC_PUBLISHED_ON}T12:00:00.000Z`;
  const events = syntheticEvents(n, { seed: 1 }).map((event) => ({
    ...event,
    edited: true,
    sources: event.sources.map((s) => ({ ...s, documentId: id })),
  }));
  const edits: HandEdit[] = events.map((event, i) => ({ kind: 'add', id: `add-${i}`, at, event }));
  return {
    format: 'datelines/2',
    id,
    title: `Archive of ${n.toLocaleString('en')} events`,
    createdAt: at,
    updatedAt: at,
    articles: [
      {
        id,
        title: 'Archive',
        text: '',
        publishedOn: SYNTHETIC_PUBLISHED_ON,
        publishedOnGiven: true,
        language: 'en',
      },
    ],
    engine: [],
    edits,
    rejectedSuggestions: [],
    events,
    history: { past: [], future: [] },
  };
}
