import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Project } from '../../core/model/index.ts';
import {
  encodeReaderLink,
  MAX_LINK_CHARS,
  readerTimelineFromProject,
} from '../../core/formats/readerLink.ts';
import { toProjectJson } from '../../core/formats/projectJson.ts';
import {
  hostedFileUrl,
  MAX_READER_HEIGHT,
  MIN_READER_HEIGHT,
  readerUrl,
  type ReaderTheme,
} from '../../app/url/readerUrl.ts';
import { embedSnippet } from './embedSnippet.ts';
import { downloadText, fileSlug } from './download.ts';
import './share.css';

export interface EmbedDialogProps {
  project: Project;
  selectedEventId: string | null;
  onClose: () => void;
}

/** The reader page, beside the app wherever the app is hosted. */
function readerPage(): string {
  return new URL('reader.html', document.baseURI).href;
}

/**
 * The "Embed" dialog: the snippet to paste into an article, with the reader's options.
 * The timeline travels in the link; one too big for a link is named by the address of
 * its JSON file, which the newsroom hosts.
 */
export function EmbedDialog({ project, selectedEventId, onClose }: EmbedDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const [theme, setTheme] = useState<ReaderTheme>('light');
  const [openSelected, setOpenSelected] = useState(selectedEventId !== null);
  const [fixed, setFixed] = useState(false);
  const [heightInput, setHeightInput] = useState('640');
  const [fileAddress, setFileAddress] = useState('');
  const [copied, setCopied] = useState(false);
  // Unique on a host page unless the same timeline is embedded twice.
  const frameId = `datelines-${fileSlug(project.id)}`;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const payload = useMemo(() => encodeReaderLink(readerTimelineFromProject(project)), [project]);
  const tooBig = payload.length > MAX_LINK_CHARS;
  const height = Number(heightInput);
  const heightValid =
    Number.isInteger(height) && height >= MIN_READER_HEIGHT && height <= MAX_READER_HEIGHT;
  const page = readerPage();
  // No address yet, no code (an empty address would resolve to the reader page itself).
  const address = fileAddress.trim();
  const src = tooBig && address !== '' ? hostedFileUrl(address, page) : null;

  const snippet = useMemo(() => {
    if (tooBig && !src) return '';
    if (fixed && !heightValid) return '';
    const url = readerUrl(page, {
      ...(tooBig && src ? { src } : { payload }),
      eventId: openSelected ? selectedEventId : null,
      theme,
      height: fixed ? height : null,
    });
    return embedSnippet({
      src: url,
      title: project.title,
      fixedHeight: fixed ? height : null,
      frameId,
    });
  }, [
    tooBig,
    src,
    fixed,
    heightValid,
    page,
    payload,
    openSelected,
    selectedEventId,
    theme,
    height,
    project.title,
    frameId,
  ]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied(true);
    } catch {
      // No clipboard permission: select the code so Ctrl+C copies it.
      document.getElementById(`${headingId}-code`)?.focus();
      (document.getElementById(`${headingId}-code`) as HTMLTextAreaElement | null)?.select();
    }
  }

  return (
    <dialog
      ref={dialogRef}
      className="share-dialog"
      aria-labelledby={headingId}
      onClose={onClose}
      onCancel={onClose}
    >
      <h2 id={headingId}>Embed this timeline</h2>
      <p className="share-note">
        Paste this code into your article. Readers see the timeline, its events and their quotes,
        and nothing they can change.
      </p>

      {tooBig && (
        <div className="share-big">
          <p>
            This timeline is too big for a link ({payload.length.toLocaleString('en')} characters).
            Put its JSON file on your site and give its address here.
          </p>
          <button
            type="button"
            onClick={() =>
              downloadText(
                toProjectJson(project),
                `${fileSlug(project.title)}.json`,
                'application/json',
              )
            }
          >
            Download JSON file
          </button>
          <label className="share-field">
            Address of the timeline file
            <input
              type="url"
              value={fileAddress}
              placeholder="https://example.org/timelines/story.json"
              onChange={(event) => setFileAddress(event.target.value)}
            />
          </label>
          {fileAddress.trim() !== '' && !src && (
            <p className="share-error" role="alert">
              Give an http or https address.
            </p>
          )}
        </div>
      )}

      <fieldset className="share-options">
        <legend>Look</legend>
        {(['light', 'dark', 'auto'] as const).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name={`${headingId}-theme`}
              checked={theme === value}
              onChange={() => setTheme(value)}
            />{' '}
            {value === 'light' ? 'Light' : value === 'dark' ? 'Dark' : 'As the reader’s system'}
          </label>
        ))}
      </fieldset>

      <fieldset className="share-options">
        <legend>Height</legend>
        <label>
          <input
            type="radio"
            name={`${headingId}-height`}
            checked={!fixed}
            onChange={() => setFixed(false)}
          />{' '}
          Grow with the timeline
        </label>
        <label>
          <input
            type="radio"
            name={`${headingId}-height`}
            checked={fixed}
            onChange={() => setFixed(true)}
          />{' '}
          Fixed height
        </label>
        {fixed && (
          <label className="share-field">
            Height in pixels
            <input
              type="number"
              min={MIN_READER_HEIGHT}
              max={MAX_READER_HEIGHT}
              value={heightInput}
              onChange={(event) => setHeightInput(event.target.value)}
            />
          </label>
        )}
        {fixed && !heightValid && (
          <p className="share-error" role="alert">
            A height from {MIN_READER_HEIGHT} to {MAX_READER_HEIGHT} pixels.
          </p>
        )}
      </fieldset>

      {selectedEventId !== null && (
        <label className="share-check">
          <input
            type="checkbox"
            checked={openSelected}
            onChange={(event) => setOpenSelected(event.target.checked)}
          />{' '}
          Open on the selected event
        </label>
      )}

      <label className="share-field" htmlFor={`${headingId}-code`}>
        Embed code
      </label>
      <textarea
        id={`${headingId}-code`}
        className="share-code"
        readOnly
        rows={6}
        value={snippet}
        onFocus={(event) => event.currentTarget.select()}
      />

      <div className="share-actions">
        <button type="button" onClick={() => void copy()} disabled={snippet === ''}>
          Copy code
        </button>
        <span role="status" className="share-status">
          {copied ? 'Copied.' : ''}
        </span>
        <button type="button" onClick={() => dialogRef.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
