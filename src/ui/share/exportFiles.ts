import type { Project } from '../../core/model/index.ts';
import { toProjectJson } from '../../core/formats/projectJson.ts';
import { toTimelineJs } from '../../core/formats/timelineJs.ts';
import { toCsv } from '../../core/formats/csv.ts';
import { toICalendar } from '../../core/formats/ics.ts';

/** A file to download: its name after the timeline's title, and its content. */
export interface ExportFile {
  suffix: string;
  text: string;
  type: string;
}

export type TextFormat = 'json' | 'timelinejs' | 'csv' | 'ics';

/**
 * The open timeline in a text format. Loaded only when someone exports, so the page's
 * first script carries no exporter.
 */
export function exportFile(format: TextFormat, project: Project): ExportFile {
  switch (format) {
    case 'json':
      return { suffix: '.datelines.json', text: toProjectJson(project), type: 'application/json' };
    case 'timelinejs':
      return {
        suffix: '.timelinejs.json',
        text: `${JSON.stringify(toTimelineJs(project), null, 2)}\n`,
        type: 'application/json',
      };
    case 'csv':
      // The byte-order mark makes spreadsheets read the file as UTF-8 (accents, quotes).
      return {
        suffix: '.csv',
        text: toCsv(project, { bom: true }),
        type: 'text/csv;charset=utf-8',
      };
    case 'ics':
      return { suffix: '.ics', text: toICalendar(project), type: 'text/calendar;charset=utf-8' };
  }
}
