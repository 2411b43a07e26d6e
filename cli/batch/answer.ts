import { z } from 'zod';
import { IsoDaySchema, type Article } from '../../src/core/model/index.ts';
import { eventsOfArticle } from '../largeArticle.ts';

/** One line of a batch: an article of a newsroom archive. */
const BatchArticleSchema = z.object({
  id: z.union([z.string().min(1), z.number()]),
  text: z.string(),
  published: IsoDaySchema,
  title: z.string().optional(),
  url: z.string().optional(),
});

type Id = string | number | null;

/** The answer line for an article that could not be read: its id (if known) and why. */
export function errorLine(id: Id, error: string): string {
  return JSON.stringify({ id, error });
}

/** The id at the start of a line, for an answer to a line that cannot be read whole. */
export function idOfLine(line: string): Id {
  const m = /^\s*\{\s*"id"\s*:\s*("(?:[^"\\]|\\.){0,200}"|-?\d{1,20})/.exec(line.slice(0, 512));
  if (!m) return null;
  try {
    return JSON.parse(m[1]!) as string | number;
  } catch {
    return null;
  }
}

/**
 * The answer to one NDJSON line, as one line of JSON (no line break): `{"id", "events"}`
 * with the events in the native shape, or `{"id", "error"}` for that line alone. Never
 * throws: whatever goes wrong is that line's error.
 *
 * @example answerLine('{"id":"a","text":"It rained on March 3.","published":"2012-03-05"}')
 * // '{"id":"a","events":[...]}'
 */
export function answerLine(line: string): string {
  if (line.trim() === '') return errorLine(null, 'empty line: expected an article as JSON');
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return errorLine(idOfLine(line), `not JSON: ${reason}`);
  }
  const parsed = BatchArticleSchema.safeParse(json);
  if (!parsed.success) {
    const id = idOfLine(line);
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `"${issue.path.join('.')}": ` : '';
    return errorLine(id, `${where}${issue?.message ?? 'not an article'}`);
  }
  const { id, text, published, title, url } = parsed.data;
  const article: Article = {
    id: String(id),
    title: title ?? String(id),
    // Windows line ends would shift every offset against what editors show.
    text: text.replace(/\r\n?/g, '\n'),
    ...(url !== undefined ? { sourceUrl: url } : {}),
    publishedOn: published,
    language: 'en',
  };
  try {
    return JSON.stringify({ id, events: eventsOfArticle(article) });
  } catch (error) {
    return errorLine(
      id,
      `internal error: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
