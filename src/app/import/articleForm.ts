import { checkPublicationDate } from '../state/publicationDate.ts';
import { formatSize, MAX_ARTICLE_CHARS } from './limits.ts';

/** What the user typed in the "New timeline" / "Add article" form. */
export interface ArticleFormValues {
  text: string;
  title: string;
  sourceUrl: string;
  publishedOn: string;
}

export type ArticleFormField = keyof ArticleFormValues;

/** An article ready to read, without its id (the state gives it one). */
export interface CheckedArticle {
  text: string;
  title: string;
  sourceUrl?: string;
  publishedOn: string;
  /** False when no date was given and the text is read against today. */
  publishedOnGiven: boolean;
}

export type ArticleFormCheck =
  | { ok: true; article: CheckedArticle }
  | { ok: false; errors: Partial<Record<ArticleFormField, string>> };

/**
 * Checks the form before extraction. Every problem is reported against its field; the
 * open timeline is never touched by a refused form. An empty date is allowed: the text is
 * then read against `today` and the timeline says so.
 *
 * @example checkArticleForm({ text: ' ', title: '', sourceUrl: '', publishedOn: '' }, '2026-12-01')
 * // { ok: false, errors: { text: 'The article text is empty. ...' } }
 */
export function checkArticleForm(values: ArticleFormValues, today: string): ArticleFormCheck {
  const errors: Partial<Record<ArticleFormField, string>> = {};
  const text = values.text.replace(/\r\n?/g, '\n').trim();
  if (text === '') {
    errors.text =
      'The article text is empty. Paste the article, type it, or open a .txt, .md or .html file.';
  } else if (text.length > MAX_ARTICLE_CHARS) {
    errors.text = `The text is ${formatSize(text.length)}; articles up to ${formatSize(MAX_ARTICLE_CHARS)} can be read. Shorten it or split it into several articles.`;
  }
  const date = values.publishedOn.trim();
  let publishedOn = today;
  if (date !== '') {
    const check = checkPublicationDate(date);
    if (check.ok) publishedOn = check.value;
    else errors.publishedOn = check.message;
  }
  const url = values.sourceUrl.trim();
  if (url !== '' && !isWebAddress(url)) {
    errors.sourceUrl = 'Use a full web address starting with https:// or http://.';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    article: {
      text,
      title: values.title.trim() || titleFromText(text),
      ...(url !== '' ? { sourceUrl: url } : {}),
      publishedOn,
      publishedOnGiven: date !== '',
    },
  };
}

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** The first line of the text, cut at a word near 80 characters. */
export function titleFromText(text: string): string {
  const first = (text.split('\n').find((line) => line.trim() !== '') ?? '').trim();
  if (first.length <= 80) return first;
  const cut = first.slice(0, 80);
  const space = cut.lastIndexOf(' ');
  return `${(space > 40 ? cut.slice(0, space) : cut).trim()}…`;
}
