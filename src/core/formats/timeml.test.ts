import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Timex, TimexType } from '../model/index.ts';
import { readTimeML, writeTimeML, writeTimeMLWithReport } from './timeml.ts';
import { tokenizeXml } from './xmlTokens.ts';

// A small hand-written document in the TempEval-3 layout.
const HEAD = `<?xml version="1.0" ?>
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<DOCID>SAMPLE-1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2012-02-27" temporalFunction="false" functionInDocument="CREATION_TIME">20120227</TIMEX3></DCT>
<TITLE>Rally &amp; strike</TITLE>
`;
const TAIL = `
<TLINK lid="l1" relType="DURING" eventInstanceID="ei1" relatedToTime="t2" />
</TimeML>
`;
const GOLD_TEXT = `<TEXT>
Crowds met on <TIMEX3 tid="t1" type="DATE" value="2012-02-25">Saturday</TIMEX3> in Almaty &amp; were <EVENT eid="e1" class="OCCURRENCE">jailed</EVENT> for <TIMEX3 tid="t2" type="DURATION" value="P15D" mod="APPROX">about 15 days</TIMEX3>.
</TEXT>`;
const GOLD = HEAD + GOLD_TEXT + TAIL;
const PLAIN = '\nCrowds met on Saturday in Almaty & were jailed for about 15 days.\n';
/** The same document as a TempEval-3 input file: no TIMEX3 inside TEXT. */
const INPUT = GOLD.replace(/<\/?TIMEX3[^>]*>/g, (tag, at: number) =>
  at > GOLD.indexOf('<TEXT>') ? '' : tag,
);

function timexOver(
  text: string,
  phrase: string,
  value: string,
  type: TimexType = 'DATE',
  extra: Partial<Timex> = {},
): Timex {
  const start = text.indexOf(phrase);
  if (start === -1) throw new Error(`"${phrase}" is not in the test text`);
  return {
    id: 'x',
    span: { start, end: start + phrase.length, text: phrase },
    type,
    value,
    stated: {},
    anchor: { kind: 'document', value: '2012-02-27' },
    tense: 'past',
    rule: 'test',
    ...extra,
  };
}

const goldOf = (timexes: Timex[]) =>
  timexes.map((t) => ({
    start: t.span.start,
    end: t.span.end,
    type: t.type,
    value: t.value,
    ...(t.mod ? { mod: t.mod } : {}),
  }));

/** The XML inside <TEXT>…</TEXT>, and everything around it. */
function splitAtText(xml: string): { outside: string; inside: string } {
  const open = xml.indexOf('<TEXT>') + '<TEXT>'.length;
  const close = xml.indexOf('</TEXT>');
  return { outside: xml.slice(0, open) + xml.slice(close), inside: xml.slice(open, close) };
}

describe('readTimeML', () => {
  it('reads the creation date, the plain text and the gold spans', () => {
    const doc = readTimeML(GOLD);
    expect(doc.documentDate).toBe('2012-02-27');
    expect(doc.text).toBe(PLAIN);
    expect(doc.gold).toEqual([
      {
        start: PLAIN.indexOf('Saturday'),
        end: PLAIN.indexOf(' in'),
        type: 'DATE',
        value: '2012-02-25',
      },
      {
        start: PLAIN.indexOf('about'),
        end: PLAIN.indexOf('.\n'),
        type: 'DURATION',
        value: 'P15D',
        mod: 'APPROX',
      },
    ]);
  });

  it('reads a TempEval-3 input file as text without gold spans', () => {
    const doc = readTimeML(INPUT);
    expect(doc.text).toBe(PLAIN);
    expect(doc.gold).toEqual([]);
  });

  it('takes the day of a creation time that has a clock time', () => {
    const xml = INPUT.replace('value="2012-02-27"', 'value="2012-02-27T19:30"');
    expect(readTimeML(xml).documentDate).toBe('2012-02-27');
  });

  it('prefers the creation time inside DCT to one elsewhere', () => {
    const extra =
      '<META><TIMEX3 tid="t8" type="DATE" value="1999-01-01" functionInDocument="CREATION_TIME"/></META>\n';
    expect(readTimeML(INPUT.replace('<DOCID>', extra + '<DOCID>')).documentDate).toBe('2012-02-27');
  });

  it('refuses a file without a creation time', () => {
    const xml = INPUT.replace('functionInDocument="CREATION_TIME"', 'functionInDocument="NONE"');
    expect(() => readTimeML(xml)).toThrow(/no document creation time/);
  });

  it('refuses a creation time that is not a calendar day', () => {
    expect(() => readTimeML(INPUT.replace('2012-02-27', '2012-02-30'))).toThrow(
      /value "2012-02-30".*YYYY-MM-DD/,
    );
    expect(() => readTimeML(INPUT.replace('2012-02-27', 'PRESENT_REF'))).toThrow(/PRESENT_REF/);
  });

  it('refuses a file without TEXT', () => {
    expect(() => readTimeML(HEAD + TAIL)).toThrow(/no <TEXT> element/);
  });

  it('refuses malformed markup with the line of the fault', () => {
    const broken = INPUT.replace('</EVENT>', '');
    expect(() => readTimeML(broken)).toThrow(/line \d+/);
  });
});

describe('writeTimeML', () => {
  const saturday = timexOver(PLAIN, 'Saturday', '2012-02-25');
  const fifteenDays = timexOver(PLAIN, 'about 15 days', 'P15D', 'DURATION', { mod: 'APPROX' });

  it('writes timexes that read back as the same spans, types, values and mods', () => {
    const written = writeTimeML(INPUT, [saturday, fifteenDays]);
    const doc = readTimeML(written);
    expect(doc.text).toBe(PLAIN);
    expect(doc.gold).toEqual(goldOf([saturday, fifteenDays]));
  });

  it('leaves every byte outside TEXT as it was', () => {
    const written = writeTimeML(GOLD, [saturday]);
    expect(splitAtText(written).outside).toBe(splitAtText(GOLD).outside);
  });

  it('replaces gold TIMEX3 tags and keeps EVENT tags and entities as written', () => {
    const { inside } = splitAtText(writeTimeML(GOLD, [fifteenDays]));
    expect(inside).toBe(
      '\nCrowds met on Saturday in Almaty &amp; were <EVENT eid="e1" class="OCCURRENCE">jailed</EVENT>' +
        ' for <TIMEX3 tid="t3" type="DURATION" value="P15D" mod="APPROX">about 15 days</TIMEX3>.\n',
    );
  });

  it('writes nothing but the text of TEXT when given no timexes', () => {
    expect(writeTimeML(GOLD, [])).toBe(INPUT);
  });

  it('drops empty gold TIMEX3 tags inside TEXT as well', () => {
    const xml = INPUT.replace(
      ' in Almaty',
      ' in Almaty<TIMEX3 tid="t9" type="DATE" value="2012" />',
    );
    expect(readTimeML(xml).text).toBe(PLAIN);
    expect(writeTimeML(xml, [])).toBe(INPUT);
  });

  it('numbers its timexes past every tN used outside TEXT', () => {
    const xml = INPUT.replace('tid="t0"', 'tid="t7"');
    const written = writeTimeML(xml, [saturday, fifteenDays]);
    expect(written.match(/tid="t\d+"/g)).toEqual(['tid="t7"', 'tid="t8"', 'tid="t9"']);
  });

  it('escapes attribute values', () => {
    const odd = { ...saturday, value: 'a "b" <c> & d' };
    const written = writeTimeML(INPUT, [odd]);
    expect(written).toContain('value="a &quot;b&quot; &lt;c&gt; &amp; d"');
    expect(readTimeML(written).gold[0]?.value).toBe(odd.value);
  });

  it('wraps a whole EVENT element, or sits inside one, as the span asks', () => {
    const around = timexOver(PLAIN, 'were jailed', 'PAST_REF');
    const inside = timexOver(PLAIN, 'jail', 'PAST_REF');
    for (const timex of [around, inside]) {
      const written = writeTimeML(INPUT, [timex]);
      expect(readTimeML(written).gold).toEqual(goldOf([timex]));
    }
    expect(writeTimeML(INPUT, [around])).toContain(
      '<TIMEX3 tid="t3" type="DATE" value="PAST_REF">were <EVENT',
    );
  });

  it('writes a span that starts where an EVENT starts around the whole EVENT', () => {
    const enclosing = timexOver(PLAIN, 'jailed for', 'P15D', 'DURATION');
    const report = writeTimeMLWithReport(INPUT, [enclosing]);
    expect(report.shrunk).toEqual([]);
    expect(report.xml).toContain(
      'value="P15D"><EVENT eid="e1" class="OCCURRENCE">jailed</EVENT> for</TIMEX3>',
    );
  });

  it('shrinks a span that crosses an EVENT boundary to its longest part that does not', () => {
    const crossing = timexOver(PLAIN, 'led for about', 'P15D', 'DURATION');
    const report = writeTimeMLWithReport(INPUT, [crossing]);
    expect(() => tokenizeXml(report.xml)).not.toThrow();
    const [written] = readTimeML(report.xml).gold;
    expect(written && PLAIN.slice(written.start, written.end)).toBe('for about');
    expect(report.shrunk).toEqual([
      { timex: crossing, start: PLAIN.indexOf('for about'), end: PLAIN.indexOf(' 15 days') },
    ]);
  });

  it('skips a timex overlapping an earlier one, and spans outside the text', () => {
    const overlapping = timexOver(PLAIN, 'Saturday in', '2012-02-25');
    const outside = { ...saturday, span: { start: 500, end: 510, text: '' } };
    const report = writeTimeMLWithReport(INPUT, [overlapping, saturday, outside]);
    expect(readTimeML(report.xml).gold).toEqual(goldOf([overlapping]));
    expect(report.skipped).toEqual([saturday, outside]);
  });

  it('closes one timex before opening the next where they touch', () => {
    const text = readTimeML(INPUT).text;
    const first = timexOver(text, 'Satur', 'XXXX');
    const second = timexOver(text, 'day', 'P1D', 'DURATION');
    const written = writeTimeML(INPUT, [second, first]);
    expect(written).toContain('>Satur</TIMEX3><TIMEX3 tid="t4" type="DURATION" value="P1D">day<');
    expect(readTimeML(written).gold).toEqual(goldOf([first, second]));
  });

  it('does not reorder or change the timexes it is given', () => {
    const given = [fifteenDays, saturday];
    const copy = structuredClone(given);
    writeTimeML(INPUT, given);
    expect(given).toEqual(copy);
  });
});

describe('writeTimeML on arbitrary spans', () => {
  // Nested and adjacent elements, an entity and a comment: every kind of boundary.
  const NESTED =
    INPUT.slice(0, INPUT.indexOf('<TEXT>')) +
    '<TEXT>A <EVENT eid="e1">b<SIGNAL sid="s1">c d</SIGNAL></EVENT><EVENT eid="e2">e</EVENT> f&amp;g<!-- n -->h\n</TEXT>' +
    TAIL;
  const text = readTimeML(NESTED).text;
  const spans = fc
    .array(fc.tuple(fc.nat(text.length), fc.nat(text.length)), { maxLength: 6 })
    .map((pairs) =>
      pairs.map(([a, b], i) => ({
        ...timexOver(text, text, `V${i}`),
        span: {
          start: Math.min(a, b),
          end: Math.max(a, b),
          text: text.slice(Math.min(a, b), Math.max(a, b)),
        },
      })),
    );

  it('always writes well-formed XML whose timexes lie within the spans asked for', () => {
    fc.assert(
      fc.property(spans, (timexes) => {
        const report = writeTimeMLWithReport(NESTED, timexes);
        const doc = readTimeML(report.xml); // throws on malformed XML
        expect(doc.text).toBe(text);
        const shrunk = new Set(report.shrunk.map((s) => s.timex));
        const written = timexes.filter((t) => !report.skipped.includes(t));
        expect(doc.gold).toHaveLength(written.length);
        for (const t of written) {
          const got = doc.gold.find((g) => g.value === t.value);
          expect(got).toBeDefined();
          if (!got) continue;
          expect(got.start).toBeGreaterThanOrEqual(t.span.start);
          expect(got.end).toBeLessThanOrEqual(t.span.end);
          if (!shrunk.has(t)) expect([got.start, got.end]).toEqual([t.span.start, t.span.end]);
        }
      }),
    );
  });
});
