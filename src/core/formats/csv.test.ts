import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, cleanCell, guardFormula, parseCsv, toCsv, unguardFormula } from './csv.ts';
import {
  APPROXIMATE_SPAN_EVENT,
  DAY_EVENT,
  FIXTURE_ARTICLE,
  FIXTURE_EVENTS,
  MONTH_EVENT,
} from './testFixtures.ts';

const csv = toCsv({ article: FIXTURE_ARTICLE, events: FIXTURE_EVENTS });
const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
const row = (id: string) => rows.find((r) => r.id === id);

describe('toCsv', () => {
  it('starts with a header row naming every column, and has one row per event', () => {
    expect(csv.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    expect(rows).toHaveLength(FIXTURE_EVENTS.length);
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
    for (const r of rows) {
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
    expect(parsed[0]?.quote).toBe(
      `${DAY_EVENT.sources[0]?.span.text}\n${MONTH_EVENT.sources[0]?.span.text}`,
    );
    expect(parsed[0]?.source_offsets).toMatch(/^\d+-\d+; \d+-\d+$/);
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
      { path: 'header', message: 'missing columns start, precision, status' },
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

describe('CSV for pipelines and spreadsheets (issue 11)', () => {
  it('starts with a byte-order mark only when asked', () => {
    expect(csv.startsWith('id,')).toBe(true);
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
