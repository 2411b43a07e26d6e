import {
  startTransition,
  useId,
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
  type DragEvent,
} from 'react';
import type { Extraction } from '../../core/extract/index.ts';
import { describeEventDate } from '../../core/calendar/describeDate.ts';
import { findPublicationDate } from '../../core/formats/dateline.ts';
import {
  checkArticleForm,
  type ArticleFormField,
  type ArticleFormValues,
} from '../../app/import/articleForm.ts';
import { ACCEPTED_FILE_TYPES, readArticleFile } from '../../app/import/articleFile.ts';
import { htmlFragmentToText } from '../../app/import/htmlText.ts';
import { formatSize, MAX_ARTICLE_BYTES } from '../../app/import/limits.ts';
import { newId, type ArticleInput } from '../../app/state/actions.ts';
import { useFormExtraction } from './useFormExtraction.ts';
import './articleForm.css';

export interface ArticleFormProps {
  /** "New timeline" starts a timeline; "Add article" adds to the open one. */
  name: 'New timeline' | 'Add article';
  /** Today, `YYYY-MM-DD`: the reference when no publication date is given. */
  today: string;
  /** Called with the article and what the engine found in it (at least one event). */
  onDone: (article: ArticleInput, result: Extraction) => void;
  onClose: () => void;
}

/** A date stated by the page or the text, offered to the user. */
interface DateOffer {
  date: string;
  /** Where it was found, in words. */
  where: string;
}

const STEP_WORDS = {
  sentences: 'Splitting the text into sentences',
  dates: 'Finding and reading the dates',
  events: 'Building the events',
} as const;

/**
 * Texts longer than this are not put into the text box whole: a box holding megabytes
 * makes every keystroke and layout slow. It shows the beginning, read-only, and the whole
 * text is read.
 */
const LARGE_TEXT = 200_000;
const PREVIEW = 20_000;

const dayInWords = (day: string) =>
  describeEventDate({ start: { value: day, precision: 'day', approximate: false } });

/** The form that brings an article in: paste, type, open or drop a file; then "Extract events". */
export function ArticleForm({ name, today, onDone, onClose }: ArticleFormProps) {
  const id = useId();
  const [values, setValues] = useState<ArticleFormValues>({
    text: '',
    title: '',
    sourceUrl: '',
    publishedOn: '',
  });
  const [errors, setErrors] = useState<Partial<Record<ArticleFormField | 'file', string>>>({});
  const [meta, setMeta] = useState<{ author?: string; outlet?: string }>({});
  const [pageDate, setPageDate] = useState<DateOffer | null>(null);
  const [noDates, setNoDates] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [fileNote, setFileNote] = useState<string | null>(null);
  const extraction = useFormExtraction();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [articleId] = useState(() => newId('article'));

  const textOffer = useMemo<DateOffer | null>(() => {
    const found = findPublicationDate(values.text, { today });
    if (!found) return null;
    const year =
      found.yearFrom === 'phrase'
        ? ''
        : found.yearFrom === 'text'
          ? ' (the year is the latest one the text names)'
          : ' (no year given: this year or last)';
    return { date: found.date, where: `the text: “${found.phrase}”${year}` };
  }, [values.text, today]);
  const offer = pageDate ?? textOffer;
  const showOffer = offer !== null && offer.date !== values.publishedOn.trim();

  const set = (field: ArticleFormField, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
    if (field === 'text') setNoDates(false);
  };

  const openFile = async (file: File) => {
    setErrors((e) => ({ ...e, file: undefined }));
    setFileNote(null);
    const read = await readArticleFile(file);
    if (!read.ok) {
      setErrors((e) => ({ ...e, file: read.message }));
      return;
    }
    const a = read.article;
    setValues((v) => ({
      text: a.text,
      title: a.title || v.title,
      sourceUrl: a.sourceUrl ?? v.sourceUrl,
      publishedOn: v.publishedOn,
    }));
    setMeta({
      ...(a.author ? { author: a.author } : {}),
      ...(a.outlet ? { outlet: a.outlet } : {}),
    });
    setPageDate(
      a.publishedOn
        ? { date: a.publishedOn, where: `the page (${a.publishedFrom ?? 'its metadata'})` }
        : null,
    );
    setErrors({});
    setNoDates(false);
    setFileNote(`Read “${file.name}” (${formatSize(file.size)}).`);
  };

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const html = event.clipboardData.getData('text/html');
    const plain = html ? '' : event.clipboardData.getData('text/plain');
    // Plain text of ordinary length goes in as the browser pastes it.
    if (!html && plain.length <= LARGE_TEXT) return;
    event.preventDefault();
    // Rich text (from a web page or a word processor) comes in as plain paragraphs.
    const text = html ? htmlFragmentToText(html) : plain;
    const box = event.currentTarget;
    const next = box.value.slice(0, box.selectionStart) + text + box.value.slice(box.selectionEnd);
    // Reading a long text off the clipboard is most of this task (about 100 ms for 5 MB):
    // the form shows it in a task of its own.
    startTransition(() => set('text', next));
  };

  const onDrop = (event: DragEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void openFile(file);
    else {
      const text = event.dataTransfer.getData('text/plain');
      if (text) set('text', text);
    }
  };

  const submit = async () => {
    setNoDates(false);
    const check = checkArticleForm(values, today);
    if (!check.ok) {
      setErrors(check.errors);
      const first = (['text', 'publishedOn', 'sourceUrl'] as const).find((f) => check.errors[f]);
      if (first) document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    // Read under the id the article will have, so its events need no renaming after.
    const input: ArticleInput = { ...check.article, ...meta, articleId };
    const result = await extraction.start({ ...input, id: articleId, language: 'en' });
    if (!result) return;
    if (result.events.length === 0) {
      setNoDates(true);
      textRef.current?.focus();
      return;
    }
    onDone(input, result);
  };

  const running = extraction.state.status === 'running';
  const large = values.text.length > LARGE_TEXT;
  const progress = extraction.state.status === 'running' ? extraction.state.progress : null;
  const textError = errors.text ?? (noDates ? null : undefined);

  return (
    <form
      className={`article-form${dragging ? ' is-dragging' : ''}`}
      aria-labelledby={`${id}-heading`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!running) void submit();
      }}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <h2 id={`${id}-heading`} className="article-form-heading">
        {name}
      </h2>
      <p className="article-form-intro">
        {name === 'New timeline'
          ? 'Paste a news article, type it, or open a file; its dated events become a new timeline.'
          : 'Paste or open another article on the same story; its events join the open timeline.'}{' '}
        You can also drop a file anywhere on this form.
      </p>

      <div className="form-field">
        <label htmlFor={`${id}-text`}>Article text</label>
        <textarea
          id={`${id}-text`}
          ref={textRef}
          value={large ? values.text.slice(0, PREVIEW) : values.text}
          readOnly={large}
          rows={12}
          spellCheck={false}
          aria-invalid={errors.text || noDates ? true : undefined}
          aria-describedby={`${id}-text-note`}
          onChange={(event) => set('text', event.target.value)}
          onPaste={onPaste}
          disabled={running}
        />
        {large && !running && (
          <button type="button" className="clear-text" onClick={() => set('text', '')}>
            Clear the text
          </button>
        )}
        <div id={`${id}-text-note`} aria-live="polite">
          {textError ? (
            <p className="field-error">{textError}</p>
          ) : noDates ? (
            <div className="field-error no-dates" role="alert">
              <p>
                <strong>No dates found in this article.</strong> The reader looks for dates such as
                “February 25”, “last month” or “on Tuesday”.
              </p>
              <p>
                Check that the box holds the article itself (not only its headline or a menu), give
                its publication date so relative dates can be read, or try another article.
              </p>
            </div>
          ) : (
            <p className="field-hint">
              {values.text.length > 0
                ? `${values.text.length.toLocaleString('en')} characters. `
                : ''}
              {large
                ? `A long text: the box shows its first ${PREVIEW.toLocaleString('en')} characters and the whole text is read. `
                : ''}
              Up to {formatSize(MAX_ARTICLE_BYTES)}; rich text is kept as plain paragraphs.
            </p>
          )}
        </div>
      </div>

      <div className="form-field">
        <label htmlFor={`${id}-file`}>Open file</label>
        <input
          id={`${id}-file`}
          type="file"
          accept={ACCEPTED_FILE_TYPES}
          aria-invalid={errors.file ? true : undefined}
          aria-describedby={`${id}-file-note`}
          disabled={running}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void openFile(file);
          }}
        />
        <p
          id={`${id}-file-note`}
          className={errors.file ? 'field-error' : 'field-hint'}
          aria-live="polite"
        >
          {errors.file ?? fileNote ?? `.txt, .md or .html, up to ${formatSize(MAX_ARTICLE_BYTES)}.`}
        </p>
      </div>

      <div className="form-row">
        <div className="form-field">
          <label htmlFor={`${id}-title`}>Title</label>
          <input
            id={`${id}-title`}
            value={values.title}
            disabled={running}
            aria-describedby={`${id}-title-note`}
            onChange={(event) => set('title', event.target.value)}
          />
          <p id={`${id}-title-note`} className="field-hint">
            Left empty, the first line of the text.
          </p>
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-sourceUrl`}>Source URL</label>
          <input
            id={`${id}-sourceUrl`}
            type="url"
            inputMode="url"
            value={values.sourceUrl}
            disabled={running}
            aria-invalid={errors.sourceUrl ? true : undefined}
            aria-describedby={`${id}-sourceUrl-note`}
            onChange={(event) => set('sourceUrl', event.target.value)}
          />
          <p
            id={`${id}-sourceUrl-note`}
            className={errors.sourceUrl ? 'field-error' : 'field-hint'}
          >
            {errors.sourceUrl ?? 'Optional: where the article was published.'}
          </p>
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-publishedOn`}>Publication date</label>
          <input
            id={`${id}-publishedOn`}
            value={values.publishedOn}
            placeholder="YYYY-MM-DD"
            autoComplete="off"
            disabled={running}
            aria-invalid={errors.publishedOn ? true : undefined}
            aria-describedby={`${id}-publishedOn-note`}
            onChange={(event) => set('publishedOn', event.target.value)}
          />
          <div id={`${id}-publishedOn-note`} aria-live="polite">
            {errors.publishedOn ? (
              <p className="field-error">{errors.publishedOn}</p>
            ) : values.publishedOn.trim() === '' && !showOffer ? (
              <p className="field-hint">
                Dates such as “last month” or “March 24” are read from this day. Without one the
                article is read against today, {dayInWords(today)}, and the timeline says so.
              </p>
            ) : (
              <p className="field-hint">As YYYY-MM-DD, e.g. 2012-02-27.</p>
            )}
          </div>
          {showOffer && offer && (
            <div className="date-offer">
              <p>
                Found in {offer.where}: <strong>{dayInWords(offer.date)}</strong>.
              </p>
              <button
                type="button"
                disabled={running}
                onClick={() => set('publishedOn', offer.date)}
              >
                Use {dayInWords(offer.date)}
              </button>
            </div>
          )}
        </div>
      </div>

      {running && (
        <div className="form-progress" role="status">
          <progress
            aria-label="Reading the article"
            max={progress?.total ?? 3}
            value={progress ? progress.done : undefined}
          />
          <span>
            {progress
              ? `${STEP_WORDS[progress.step]}… (step ${progress.done + 1} of ${progress.total})`
              : 'Starting the reader…'}
          </span>
          <button type="button" onClick={extraction.cancel}>
            Cancel
          </button>
        </div>
      )}
      {extraction.state.status === 'failed' && (
        <p role="alert" className="field-error">
          The article could not be read: {extraction.state.message}
        </p>
      )}

      <div className="form-actions">
        <button type="submit" className="primary-button" disabled={running}>
          Extract events
        </button>
        <button type="button" onClick={onClose} disabled={running}>
          Back
        </button>
      </div>
    </form>
  );
}
