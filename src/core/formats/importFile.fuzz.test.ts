import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProjectSchema } from '../model/index.ts';
import { toCsv } from './csv.ts';
import { projectOfArticle } from './exportInput.ts';
import { consistencyErrors, parseImportFile } from './importFile.ts';
import { toProjectJson } from './projectJson.ts';
import { FIXTURE_ARTICLE, FIXTURE_EVENTS } from './testFixtures.ts';
import { toTimelineJs } from './timelineJs.ts';

const project = projectOfArticle(FIXTURE_ARTICLE, FIXTURE_EVENTS);
const SAMPLES = [
  toProjectJson(project),
  JSON.stringify(toTimelineJs(project), null, 2),
  toCsv(project),
  'Year,Month,Day,Time,Headline,Text,Type,Group\n,,,,Title,,title,\n2012,2,25,1:30 PM,Rally,<p>Crowds</p>,,Planned\n',
];

/** Bits that make parsers stumble: structure, quoting, markup, odd numbers and characters. */
const NASTY = [
  '"',
  "'",
  ',',
  '\n',
  '\r',
  '{',
  '}',
  '[',
  ']',
  ':',
  '\\',
  '\u0000',
  '\uFEFF',
  '\uD800',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '-1',
  '0',
  '99999',
  '1e309',
  'NaN',
  'null',
  'true',
  '__proto__',
  'constructor',
  '"format":"datelines/1"',
  '"events":[]',
  'Year',
  'Type',
  'title',
  '=HYPERLINK("x")',
  '2012-02-30',
  '2012-13',
  'T25:00',
  '\u202E',
  '𝒳',
];

/** One edit of a file's text: insert, delete, duplicate or replace a stretch. */
const edit = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 8 })),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat(40) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.nat(60) }),
  fc.record({
    kind: fc.constant('replace' as const),
    at: fc.nat(),
    text: fc.constantFrom(...NASTY),
  }),
);

type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function apply(text: string, change: Edit): string {
  const at = text.length === 0 ? 0 : change.at % (text.length + 1);
  switch (change.kind) {
    case 'insert':
      return text.slice(0, at) + change.text + text.slice(at);
    case 'delete':
      return text.slice(0, at) + text.slice(at + change.length);
    case 'duplicate':
      return text.slice(0, at + change.length) + text.slice(at);
    case 'replace':
      return text.slice(0, at) + change.text + text.slice(at + change.text.length);
  }
}

/** What every outcome must satisfy: a valid, consistent project, or named problems. */
function expectWellBehaved(text: string) {
  const result = parseImportFile(text, { now: '2026-12-01T10:00:00.000Z', fileName: 'fuzz.txt' });
  if (result.ok) {
    expect(ProjectSchema.safeParse(result.value.project).success).toBe(true);
    expect(consistencyErrors(result.value.project)).toEqual([]);
  } else {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const error of result.errors) {
      expect(typeof error.path).toBe('string');
      expect(error.message.length).toBeGreaterThan(0);
    }
    expect(result.input).toBe(text);
  }
}

describe('parseImportFile under fuzzing', () => {
  it('never throws on thousands of mutated files; what it opens is valid, what it refuses is named', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SAMPLES),
        fc.array(edit, { minLength: 1, maxLength: 6 }),
        (sample, edits) => expectWellBehaved(edits.reduce(apply, sample)),
      ),
      { numRuns: 3000 },
    );
  }, 180_000);

  it('never throws when any value of a JSON file is replaced by any JSON value', () => {
    const samples = [
      JSON.parse(SAMPLES[0] ?? '') as unknown,
      JSON.parse(SAMPLES[1] ?? '') as unknown,
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...samples),
        fc.array(fc.tuple(fc.nat(), fc.jsonValue({ maxDepth: 2 })), { minLength: 1, maxLength: 3 }),
        (sample, replacements) => {
          const copy = structuredClone(sample);
          for (const [pick, value] of replacements) replaceSomewhere(copy, pick, value);
          expectWellBehaved(JSON.stringify(copy));
        },
      ),
      { numRuns: 1000 },
    );
  }, 180_000);

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => expectWellBehaved(text)),
      { numRuns: 1000 },
    );
  }, 180_000);
});

/** Replaces the `pick`-th value (depth first) of a JSON tree, in place. */
function replaceSomewhere(tree: unknown, pick: number, value: unknown): void {
  const slots: Array<[Record<string, unknown> | unknown[], string | number]> = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => {
        slots.push([node, i]);
        walk(child);
      });
    } else if (typeof node === 'object' && node !== null) {
      for (const [key, child] of Object.entries(node)) {
        slots.push([node as Record<string, unknown>, key]);
        walk(child);
      }
    }
  };
  walk(tree);
  const slot = slots[pick % Math.max(1, slots.length)];
  if (!slot) return;
  const [parent, key] = slot;
  (parent as Record<string | number, unknown>)[key] = value;
}
