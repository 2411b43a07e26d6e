import { startTransition, useId, useRef } from 'react';
import type { Project } from '../../core/model/index.ts';
import { readImport } from '../../app/open/readImport.ts';

/**
 * Bigger files are refused before reading: no timeline needs them, and they freeze tabs.
 * A timeline of 10,000 events exported as a Datelines file is about 20 MB.
 */
export const MAX_IMPORT_BYTES = 40 * 1024 * 1024;

/** What the page shows about an import: under way, refused, or done. */
export interface ImportMessage {
  kind: 'busy' | 'error' | 'done';
  text: string;
}

export interface ImportButtonProps {
  /** Called with a valid timeline only; the open one is untouched otherwise. */
  onImport: (project: Project) => void;
  /** Under way, a refusal or a success, in words, for the page to show. */
  onMessage: (message: ImportMessage) => void;
}

/**
 * The "Import" button and the file input labelled "Import file" behind it: a Datelines
 * JSON, TimelineJS3 JSON or TimelineJS sheet CSV opens as the timeline. A bad file is
 * refused with what is wrong and where.
 */
export function ImportButton({ onImport, onMessage }: ImportButtonProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();

  async function read(file: File) {
    if (file.size > MAX_IMPORT_BYTES) {
      onMessage({
        kind: 'error',
        text: `“${file.name}” was not opened: it is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`,
      });
      return;
    }
    // A big file takes a moment to check (off the page): say that it is coming.
    onMessage({ kind: 'busy', text: `Opening “${file.name}”…` });
    const result = await readImport(file);
    if (!result.ok) {
      onMessage({ kind: 'error', text: `“${file.name}” was not opened: ${result.reason}` });
      return;
    }
    const count = result.project.events.length;
    // One transition: "Opened" shows with the timeline it names, never before it.
    startTransition(() => {
      onImport(result.project);
      onMessage({
        kind: 'done',
        text: `Opened “${result.project.title}”: ${count} event${count === 1 ? '' : 's'}.`,
      });
    });
  }

  return (
    <>
      <button type="button" onClick={() => inputRef.current?.click()}>
        Import
      </button>
      <label htmlFor={inputId} className="visually-hidden">
        Import file
      </label>
      <input
        ref={inputRef}
        id={inputId}
        type="file"
        className="visually-hidden"
        tabIndex={-1}
        accept=".json,.csv,application/json,text/csv"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so choosing the same file again (after fixing it) reads it again.
          event.target.value = '';
          if (file) void read(file);
        }}
      />
    </>
  );
}
