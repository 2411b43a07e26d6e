import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  CSV_COLUMNS,
  cleanCell,
  guardFormula,
  parseCsv,
  parseCsvTimeline,
  toCsv,
  unguardFormula,
} from './csv.ts';
import {
  APPROXIMATE_SPAN_EVENT,
  DAY_EVENT,
  FIXTURE_ARTICLE,
  FIXTURE_EVENTS,
  MONTH_EVENT,
} from './testFixtures.ts';

const csv = toCsv({ article: FIXTURE_ARTICLE, events: FIXTURE_EVENTS });
const allRows = Papa.parse<Record<string, string>>(csv, {
  header: true,
  skipEmptyLines: true,
}).data;
const rows = allRows.filter((r) => r.Type !== 'title');
const row = (id: string) => rows.find((r) => r.id === id);

describe('toCsv', () => {
  it('starts with a header row naming every column, and has one row per event', () => {
    expect(csv.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    expect(rows).toHaveLength(FIXTURE_EVENTS.length);
  });

  it("puts TimelineJS's sheet columns first, in the template's order, then Datelines' own", () => {
    expect(CSV_COLUMNS.slice(0, 18)).toEqual([
      'Year',
      'Month',
      'Day',
      'Time',
      'End Year',
      'End Month',
      'End Day',
      'End Time',
      'Display Date',
      'Headline',
      'Text',
      'Media',
      'Media Credit',
      'Media Caption',
      'Media Thumbnail',
      'Type',
      'Group',
      'Background',
    ]);
    expect(CSV_COLUMNS.slice(18)).toEqual([
      'id',
      'title',
      'start',
      'end',
      'precision',
      'end_precision',
      'approximate',
      'end_approximate',
      'status',
      'date_in_words',
      'date_phrase',
      'quote',
      'source_offsets',
      'rule',
      'explanation',
    ]);
  });

  it("opens with TimelineJS's title row: the title and its source, escaped as HTML", () => {
    expect(allRows[0]).toMatchObject({ Type: 'title', Headline: FIXTURE_ARTICLE.title, Year: '' });
    expect(allRows[0]?.Text).toContain('Example News');
    expect(allRows[0]?.Text).toContain('<a href="https://example.org/almaty">Source</a>');
  });

  it('fills the sheet columns as deep as the precision goes, with HTML-escaped text', () => {
    expect(row('e2')).toMatchObject({ Year: '2011', Month: '12', Day: '', Time: '' });
    expect(row('e4')).toMatchObject({
      Year: '2012',
      Month: '2',
      Day: '25',
      Time: '12:00',
      'End Year': '2012',
      'End Time': '14:00',
      'Display Date': '25 February 2012, 12:00–14:00',
      Group: 'Happened',
    });
    expect(row('e3')?.Headline).toBe('Rally &lt;planned&gt; for March 24');
    expect(row('e3')?.Group).toBe('Planned');
    expect(row('e3')?.Text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(row('e3')?.Text).not.toContain('<script>');
  });

  it('ends every line with CRLF', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/\r(?!\n)/);
  });

  it('writes dates, precision, status, the date in words and the quote', () => {
    expect(row('e2')).toMatchObject({
      title: 'Unrest in Zhanaozen',
      start: '2011-12',
      end: '',
      precision: 'month',
      approximate: 'false',
      status: 'happened',
      date_in_words: 'December 2011',
      quote: MONTH_EVENT.sources[0]?.span.text,
      source_offsets: `${MONTH_EVENT.sources[0]?.span.start}-${MONTH_EVENT.sources[0]?.span.end}`,
      explanation: MONTH_EVENT.date.derivation.explanation,
    });
    expect(row('e5')).toMatchObject({
      end: '2012-03-10',
      end_approximate: 'true',
      date_in_words: '25 February – about 10 March 2012',
    });
  });

  it('guards cells a spreadsheet would run as formulas', () => {
    expect(row('e5')?.title).toBe('\'=HYPERLINK("http://evil")');
    expect(row('e5')?.Headline).toBe("'=HYPERLINK(&quot;http://evil&quot;)");
    for (const r of allRows) {
      for (const cell of Object.values(r)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
  });

  it('quotes cells holding commas, quotes and line breaks so they stay one cell', () => {
    const twoSources = {
      ...DAY_EVENT,
      sources: [...DAY_EVENT.sources, ...MONTH_EVENT.sources],
    };
    const parsed = Papa.parse<Record<string, string>>(
      toCsv({ article: FIXTURE_ARTICLE, events: [twoSources] }),
      { header: true, skipEmptyLines: true },
    ).data;
    expect(parsed[1]?.quote).toBe(
      `${DAY_EVENT.sources[0]?.span.text}\n${MONTH_EVENT.sources[0]?.span.text}`,
    );
    expect(parsed[1]?.source_offsets).toMatch(/^\d+-\d+; \d+-\d+$/);
  });
});

describe('guardFormula / unguardFormula', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', "'=x", "''=x"])(
    'guards %j and restores it exactly',
    (cell) => {
      expect(guardFormula(cell)).toBe(`'${cell}`);
      expect(unguardFormula(guardFormula(cell))).toBe(cell);
    },
  );
  it.each(['plain', "'quoted", '2012-02-25', ''])('leaves %j as it is', (cell) => {
    expect(guardFormula(cell)).toBe(cell);
    expect(unguardFormula(cell)).toBe(cell);
  });
});

describe('parseCsv', () => {
  it('reads its own export back into the same events, filed under the given document', () => {
    const result = parseCsv(csv, { documentId: FIXTURE_ARTICLE.id });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.map((e) => e.id)).toEqual(FIXTURE_EVENTS.map((e) => e.id));
    for (const [i, original] of FIXTURE_EVENTS.entries()) {
      const back = result.value[i];
      expect(back?.title).toBe(original.title);
      expect(back?.date.start).toEqual(original.date.start);
      expect(back?.date.end).toEqual(original.date.end);
      expect(back?.status).toBe(original.status);
      expect(back?.sources).toEqual(original.sources);
      expect(back?.date.derivation.explanation).toBe(original.date.derivation.explanation);
    }
    expect(result.value[4]?.title).toBe(APPROXIMATE_SPAN_EVENT.title);
  });

  it('splits several passages by their offsets', () => {
    const twoSources = { ...DAY_EVENT, sources: [...DAY_EVENT.sources, ...MONTH_EVENT.sources] };
    const result = parseCsv(toCsv({ article: FIXTURE_ARTICLE, events: [twoSources] }), {
      documentId: FIXTURE_ARTICLE.id,
    });
    expect(result.ok && result.value[0]?.sources).toEqual(twoSources.sources);
  });

  it('needs only id, title, start, precision and status', () => {
    const result = parseCsv(
      'id,title,start,precision,status\r\nx1,Budget vote,1998-01,month,planned\r\n',
    );
    expect(result.ok && result.value[0]).toMatchObject({
      id: 'x1',
      title: 'Budget vote',
      status: 'planned',
      date: { start: { value: '1998-01', precision: 'month', approximate: false } },
    });
  });

  it.each([
    ['2012', 'day', 'too coarse for precision day'],
    ['2012-02-30', 'day', '"2012-02-30" is not a day in the calendar'],
    ['2012-13', 'month', 'has no month 13'],
    ['2012-02-25T25:00', 'minute', 'is not a time of day'],
  ])('refuses start %s at precision %s', (start, precision, message) => {
    const result = parseCsv(
      `id,title,start,precision,status\r\nx,T,${start},${precision},happened\r\n`,
    );
    expect(!result.ok && result.errors[0]?.path).toBe('row 2, column start');
    expect(!result.ok && result.errors[0]?.message).toContain(message);
  });

  it('names the missing columns when the header lacks them', () => {
    const result = parseCsv('id,title\r\nx,y\r\n');
    expect(!result.ok && result.errors).toEqual([
      {
        path: 'header',
        message:
          "missing columns start, precision, status (or TimelineJS's Year, Month, Day, Headline and Text)",
      },
    ]);
  });

  it('gives each bad cell as row and column, as a spreadsheet numbers them, and keeps the input', () => {
    const text =
      'id,title,start,precision,status\r\n' +
      'a,Fine,2012-02-25,day,happened\r\n' +
      'b,Bad date,25/02/2012,day,happened\r\n' +
      'c,Bad status,2012,year,maybe\r\n';
    const result = parseCsv(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.input).toBe(text);
    expect(result.errors.map((e) => e.path)).toEqual([
      'row 3, column start',
      'row 4, column status',
    ]);
  });
});

describe('parseCsvTimeline', () => {
  it('reads back the title from the title row', () => {
    const result = parseCsvTimeline(csv);
    expect(result.ok && result.value.title).toBe(FIXTURE_ARTICLE.title);
    expect(result.ok && result.value.events).toHaveLength(FIXTURE_EVENTS.length);
  });

  it('ignores a byte-order mark and header names typed in another case', () => {
    const result = parseCsvTimeline('\uFEFFyear, month ,DAY,Headline\r\n2012,2,25,Rally\r\n');
    expect(result.ok && result.value.events[0]?.date.start).toEqual({
      value: '2012-02-25',
      precision: 'day',
      approximate: false,
    });
  });

  // Written by hand after TimelineJS's template (timeline.knightlab.com, "Using the
  // Google Sheets template"): a title row, an era, a day, a month, a span with clock times.
  const sheet = [
    'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background',
    ',,,,,,,,,Protests in <i>Almaty</i>,<p>A chronology</p>,,,,,title,,',
    '2011,12,,,2012,2,,,,The winter,,,,,,era,,',
    '2011,12,16,,,,,,16 December 2011,Zhanaozen &amp; the oil strike,"<p>Police fired on <b>striking</b> oil workers.</p><script>alert(1)</script>",https://example.org/a.jpg,AP,,,,,#ff0000',
    '2012,1,,,,,,,,Elections,<blockquote>Voters went to the polls.</blockquote>,,,,,,Happened,',
    '2012,2,25,1:30 PM,2012,2,25,15:45,,Rally,<p>Hundreds gathered.</p>,,,,,,Planned,',
  ].join('\n');

  it('reads a TimelineJS sheet made by hand: title, events, dates to their precision, markup dropped', () => {
    const result = parseCsvTimeline(sheet);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { title, events } = result.value;
    expect(title).toBe('Protests in Almaty');
    expect(events.map((e) => e.title)).toEqual([
      'Zhanaozen & the oil strike',
      'Elections',
      'Rally',
    ]);
    expect(events[0]?.date.start).toEqual({
      value: '2011-12-16',
      precision: 'day',
      approximate: false,
    });
    expect(events[0]?.sources[0]?.span.text).toBe(
      'Police fired on striking oil workers.\nalert(1)',
    );
    expect(events[0]?.date.derivation.phrase).toBe('16 December 2011');
    expect(events[1]?.date.start).toMatchObject({ value: '2012-01', precision: 'month' });
    expect(events[1]?.sources[0]?.span.text).toBe('Voters went to the polls.');
    expect(events[2]?.date.start).toMatchObject({ value: '2012-02-25T13:30', precision: 'minute' });
    expect(events[2]?.date.end).toMatchObject({ value: '2012-02-25T15:45', precision: 'minute' });
    expect(events[2]?.status).toBe('planned');
    expect(new Set(events.map((e) => e.id)).size).toBe(3);
  });

  it.each([
    ['2012,13,,', 'row 2, column Month', 'month must be 1 to 12'],
    ['twenty,,,', 'row 2, column Year', 'expected a whole number'],
    ['2012,2,30,', 'row 2, column Year', '2012-02-30 is not a day in the calendar'],
    ['2012,2,25,25:00', 'row 2, column Time', 'is not a time of day'],
    ['2012,,5,', 'row 2, column Year', 'a day or hour needs a month'],
  ])('refuses the sheet row %j naming %s', (cells, path, message) => {
    const result = parseCsvTimeline(`Year,Month,Day,Time,Headline\r\n${cells},Rally\r\n`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.path).toBe(path);
    expect(result.errors[0]?.message).toContain(message);
  });
});

describe('CSV for pipelines and spreadsheets (issue 11)', () => {
  it('starts with a byte-order mark only when asked', () => {
    expect(csv.startsWith('Year,')).toBe(true);
    const withMark = toCsv({ article: FIXTURE_ARTICLE, events: FIXTURE_EVENTS }, { bom: true });
    expect(withMark).toBe(`\uFEFF${csv}`);
    expect(parseCsv(withMark).ok).toBe(true);
  });

  it('drops NUL and other control characters from cells, keeping tabs and line breaks', () => {
    expect(cleanCell('a\u0000b\u0007c\u001bd\u007fe\u0085f\tg\nh')).toBe('abcdef\tg\nh');
    const [event] = FIXTURE_EVENTS;
    const dirty = { ...event!, title: 'Rally\u0000 in\u0008 Almaty' };
    const out = toCsv({ article: FIXTURE_ARTICLE, events: [dirty] });
    expect(out).not.toContain('\u0000');
    expect(out).not.toContain('\u0008');
    expect(out).toContain('Rally in Almaty');
  });
});
