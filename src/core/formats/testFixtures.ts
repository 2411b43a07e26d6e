import type { Article, DatePoint, EventStatus, TimelineEvent } from '../model/index.ts';
import { projectOfArticle } from './exportInput.ts';

/**
 * Hand-made events over a short article, for testing exports independently of the
 * extraction engine. Passages are real slices of the article text.
 */
export const FIXTURE_ARTICLE: Article = {
  id: 'almaty-2012',
  title: 'Opposition leaders on hunger strike',
  text:
    'Police detained protesters on February 25 from noon to 2 p.m. in Almaty. ' +
    'Unrest in Zhanaozen in December 2011 left 16 dead. ' +
    'Activists called a rally for March 24 & promised <script>alert(1)</script> "peaceful" crowds; ' +
    'organisers said =HYPERLINK("http://evil") was a joke, and the strike lasted about two weeks.',
  sourceUrl: 'https://example.org/almaty',
  author: 'A. Reporter',
  outlet: 'Example News',
  publishedOn: '2012-02-27',
  language: 'en',
};

const point = (value: string, precision: DatePoint['precision'], approximate = false) => ({
  value,
  precision,
  approximate,
});

function fixtureEvent(
  id: string,
  title: string,
  quote: string,
  start: DatePoint,
  options: { end?: DatePoint; status?: EventStatus; phrase?: string } = {},
): TimelineEvent {
  const at = FIXTURE_ARTICLE.text.indexOf(quote);
  if (at < 0) throw new Error(`fixture quote not in the article: ${quote}`);
  return {
    id,
    title,
    date: {
      start,
      ...(options.end ? { end: options.end } : {}),
      derivation: {
        phrase: options.phrase ?? quote,
        reference: { kind: 'document-date', value: '2012-02-27', label: 'the publication date' },
        rule: 'month-name-day',
        explanation: `“${options.phrase ?? quote}” read against the publication date.`,
        inferred: false,
      },
    },
    status: options.status ?? 'happened',
    sources: [
      { documentId: FIXTURE_ARTICLE.id, span: { start: at, end: at + quote.length, text: quote } },
    ],
    timexIds: [],
    edited: false,
  };
}

export const DAY_EVENT = fixtureEvent(
  'e1',
  'Police detain protesters',
  'Police detained protesters on February 25',
  point('2012-02-25', 'day'),
  { phrase: 'February 25' },
);

export const MONTH_EVENT = fixtureEvent(
  'e2',
  'Unrest in Zhanaozen',
  'Unrest in Zhanaozen in December 2011 left 16 dead.',
  point('2011-12', 'month'),
  { phrase: 'December 2011' },
);

export const PLANNED_EVENT = fixtureEvent(
  'e3',
  'Rally <planned> for March 24',
  'Activists called a rally for March 24 & promised <script>alert(1)</script> "peaceful" crowds;',
  point('2012-03-24', 'day'),
  { status: 'planned', phrase: 'March 24' },
);

export const TIME_SPAN_EVENT = fixtureEvent(
  'e4',
  'Detentions, noon to 2 p.m.',
  'from noon to 2 p.m.',
  point('2012-02-25T12:00', 'minute'),
  { end: point('2012-02-25T14:00', 'minute') },
);

export const APPROXIMATE_SPAN_EVENT = fixtureEvent(
  'e5',
  '=HYPERLINK("http://evil")',
  'organisers said =HYPERLINK("http://evil") was a joke, and the strike lasted about two weeks.',
  point('2012-02-25', 'day'),
  { end: point('2012-03-10', 'day', true), phrase: 'about two weeks' },
);

export const FIXTURE_EVENTS: readonly TimelineEvent[] = [
  DAY_EVENT,
  MONTH_EVENT,
  PLANNED_EVENT,
  TIME_SPAN_EVENT,
  APPROXIMATE_SPAN_EVENT,
];

/** The fixture article and its events as a project, made at a fixed time. */
export const FIXTURE_PROJECT = projectOfArticle(
  FIXTURE_ARTICLE,
  FIXTURE_EVENTS,
  'Almaty, February 2012',
  '2026-11-30T09:00:00.000Z',
);

/** The fixture article and its events in the first stored format (`datelines/1`), which opening upgrades. */
export const FIXTURE_V1_PROJECT = {
  format: 'datelines/1',
  id: 'a',
  title: 'A',
  articles: [FIXTURE_ARTICLE],
  events: FIXTURE_EVENTS,
};
