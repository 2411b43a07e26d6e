import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Project } from '../../core/model/index.ts';
import { downloadFile, fileSlug } from './download.ts';
import type { ViewWindow } from './viewWindow.ts';

export type ImageFormat = 'png' | 'svg';

export interface ExportMenuProps {
  /** The open timeline, asked for when an item is chosen. */
  getProject: () => Project;
  /** The window the timeline shows now, for "Image". */
  getViewWindow: () => ViewWindow;
  /** Writes the standalone HTML file; absent while that export is unavailable. */
  standaloneHtml?: (project: Project) => Promise<string> | string;
  /** Told when an export fails, in words. */
  onError: (message: string) => void;
}

type ItemId = 'json' | 'timelinejs' | 'csv' | 'ics' | 'html' | 'image';

const ITEMS: ReadonlyArray<{ id: ItemId; label: string; hint: string }> = [
  { id: 'json', label: 'JSON', hint: 'Datelines file, opens again with nothing lost' },
  { id: 'timelinejs', label: 'TimelineJS JSON', hint: 'for the TimelineJS embed' },
  { id: 'csv', label: 'CSV', hint: 'spreadsheet, TimelineJS sheet columns first' },
  { id: 'ics', label: 'iCalendar', hint: 'one calendar entry per event' },
  { id: 'html', label: 'Standalone HTML', hint: 'one file that opens with no network' },
  { id: 'image', label: 'Image', hint: 'the current view' },
];

/**
 * The "Export" menu button: the open timeline as a file in each format the issue names.
 * A menu in the ARIA pattern: arrows, Home and End move, Escape closes and gives the
 * focus back to the button.
 */
export function ExportMenu({
  getProject,
  getViewWindow,
  standaloneHtml,
  onError,
}: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const [imageFormat, setImageFormat] = useState<ImageFormat>('png');
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const menuId = useId();

  const items = () =>
    [...(menuRef.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])].filter(
      (item) => item.getAttribute('aria-disabled') !== 'true',
    );

  useEffect(() => {
    if (!open) return;
    items()[0]?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) {
        setOpen(false);
      }
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };

  async function choose(id: ItemId) {
    close();
    const project = getProject();
    const stem = fileSlug(project.title);
    try {
      if (id === 'html') {
        if (!standaloneHtml) return;
        const html = await standaloneHtml(project);
        return downloadFile(`${stem}.html`, new Blob([html], { type: 'text/html;charset=utf-8' }));
      }
      if (id === 'image') {
        const { pngImage, svgImage } = await import('./timelineImage.ts');
        const view = getViewWindow();
        const image =
          imageFormat === 'svg'
            ? svgImage(project.title, project.events, view)
            : await pngImage(project.title, project.events, view);
        return downloadFile(`${stem}.${imageFormat}`, image);
      }
      const { exportFile } = await import('./exportFiles.ts');
      const file = exportFile(id, project);
      downloadFile(`${stem}${file.suffix}`, new Blob([file.text], { type: file.type }));
    } catch (error) {
      onError(`The export failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  function onMenuKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLElement);
    const move = (index: number) => list[(index + list.length) % list.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        move(at + 1);
        break;
      case 'ArrowUp':
        move(at - 1);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(list.length - 1);
        break;
      case 'Escape':
        close();
        break;
      case 'Tab':
        setOpen(false);
        return;
      default:
        return;
    }
    event.preventDefault();
  }

  return (
    <div className="export-menu">
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((was) => !was)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        Export
      </button>
      {open && (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label="Export"
          className="share-menu"
          onKeyDown={onMenuKeyDown}
        >
          {ITEMS.map((item) => {
            const unavailable = item.id === 'html' && !standaloneHtml;
            return (
              <button
                key={item.id}
                type="button"
                role="menuitem"
                tabIndex={-1}
                aria-label={item.label}
                aria-disabled={unavailable ? true : undefined}
                aria-describedby={`${menuId}-${item.id}`}
                onClick={() => {
                  if (!unavailable) void choose(item.id);
                }}
              >
                <span className="share-menu-label">{item.label}</span>
                <span id={`${menuId}-${item.id}`} className="share-menu-hint">
                  {unavailable ? 'not available in this build' : item.hint}
                  {item.id === 'image' ? ` (${imageFormat.toUpperCase()})` : ''}
                </span>
              </button>
            );
          })}
          <div role="group" aria-label="Image format" className="share-menu-formats">
            {(['png', 'svg'] as const).map((format) => (
              <button
                key={format}
                type="button"
                role="menuitemradio"
                tabIndex={-1}
                aria-checked={imageFormat === format}
                onClick={() => setImageFormat(format)}
              >
                {format.toUpperCase()}
              </button>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
