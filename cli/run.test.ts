import { describe, expect, it } from 'vitest';
import { readTimeML } from '../src/core/formats/timeml.ts';
import { parseProjectJson } from '../src/core/formats/projectJson.ts';
import { fakeIo } from './fakeIo.ts';
import { run } from './run.ts';

const ARTICLE =
  'Protesters rallied in Almaty on Saturday. Another rally is planned for March 24.\n';

/** A small TempEval-3 input file, written for these tests. */
const TE3_INPUT = `<?xml version="1.0" ?>
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<DOCID>TEST1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2012-02-27" temporalFunction="false" functionInDocument="CREATION_TIME">February 27, 2012</TIMEX3></DCT>
<TITLE>Rally</TITLE>
<TEXT>
Protesters rallied on Saturday &amp; vowed to return <EVENT eid="e1">next month</EVENT>.
</TEXT>
</TimeML>
`;

const published = ['--published', '2012-02-27'];

describe('datelines extract', () => {
  it('prints the article as a native project by default, dated and titled from the file', async () => {
    const io = fakeIo({ 'news/rally.txt': ARTICLE });
    expect(await run(['extract', 'news/rally.txt', ...published], io, '0.1.0')).toBe(0);
    const project = parseProjectJson(io.out);
    expect(project.ok).toBe(true);
    if (!project.ok) return;
    expect(project.value.title).toBe('rally');
    expect(project.value.articles[0]).toMatchObject({ text: ARTICLE, publishedOn: '2012-02-27' });
    expect(io.err).toBe('');
  });

  it('reads the article from stdin for -, with the title and URL given', async () => {
    const io = fakeIo({}, { stdin: ARTICLE });
    const argv = ['extract', '-', ...published, '--title', 'Almaty', '--url', 'https://e.org/a'];
    expect(await run(argv, io, '0.1.0')).toBe(0);
    const project = parseProjectJson(io.out);
    expect(project.ok && project.value.articles[0]).toMatchObject({
      title: 'Almaty',
      sourceUrl: 'https://e.org/a',
      text: ARTICLE,
    });
  });

  it.each([
    [
      'timelinejs',
      (out: string) => {
        const timeline = JSON.parse(out) as { title: { text: { headline: string } }; events: [] };
        expect(timeline.title.text.headline).toBe('rally');
        expect(Array.isArray(timeline.events)).toBe(true);
      },
    ],
    [
      'csv',
      (out: string) =>
        expect(out.split('\r\n')[0]).toMatch(
          /^Year,Month,Day,Time,End Year,.*,Background,id,title,start,end,precision,/,
        ),
    ],
    ['ics', (out: string) => expect(out).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/)],
  ])('prints --format %s', async (format, check) => {
    const io = fakeIo({ 'rally.txt': ARTICLE });
    expect(await run(['extract', 'rally.txt', ...published, '--format', format], io, '0.1.0')).toBe(
      0,
    );
    check(io.out);
  });

  it.each([
    [['extract', 'missing.txt', ...published], 'datelines: no such file: missing.txt\n'],
    [['extract', 'news', ...published], 'datelines: news is a directory, not an article file\n'],
    [['extract', 'empty.txt', ...published], 'datelines: empty.txt is empty\n'],
    [['extract', '-', ...published], 'datelines: the article on stdin is empty\n'],
    [
      ['extract', 'news/rally.txt', '--published', '2012-02-30'],
      'datelines: --published "2012-02-30": no such day in the calendar\n',
    ],
    [['frobnicate'], 'datelines: unknown command "frobnicate" (try: datelines --help)\n'],
  ])('fails %j with exit code 2 and one line on stderr', async (argv, message) => {
    const io = fakeIo({ 'news/rally.txt': ARTICLE, 'empty.txt': ' \n\n' });
    expect(await run(argv, io, '0.1.0')).toBe(2);
    expect(io.err).toBe(message);
    expect(io.out).toBe('');
  });
});

describe('datelines timeml', () => {
  it('prints one tagged file to stdout, keeping its text and other tags', async () => {
    const io = fakeIo({ 'in/A.tml.TE3input': TE3_INPUT });
    expect(await run(['timeml', 'in/A.tml.TE3input'], io, '0.1.0')).toBe(0);
    expect(readTimeML(io.out).text).toBe(readTimeML(TE3_INPUT).text);
    expect(io.out).toContain('<EVENT eid="e1">');
    expect(io.out).toContain('functionInDocument="CREATION_TIME"');
  });

  it('writes every TimeML file of a directory into --out without the .TE3input suffix', async () => {
    const io = fakeIo({
      'in/A.tml.TE3input': TE3_INPUT,
      'in/B.tml': TE3_INPUT,
      'in/README.md': 'not TimeML',
    });
    expect(await run(['timeml', 'in', '--out', 'out/tagged'], io, '0.1.0')).toBe(0);
    expect(io.directories.has('out/tagged')).toBe(true);
    expect([...io.files.keys()].filter((p) => p.startsWith('out/')).sort()).toEqual([
      'out/tagged/A.tml',
      'out/tagged/B.tml',
    ]);
    expect(io.out).toBe('');
  });

  it('writes one file into --out under its TempEval-3 name', async () => {
    const io = fakeIo({ 'in/A.tml.TE3input': TE3_INPUT });
    expect(await run(['timeml', 'in/A.tml.TE3input', '--out', 'o'], io, '0.1.0')).toBe(0);
    expect(io.files.has('o/A.tml')).toBe(true);
  });

  it('refuses a directory without --out', async () => {
    const io = fakeIo({ 'in/A.tml': TE3_INPUT });
    expect(await run(['timeml', 'in'], io, '0.1.0')).toBe(2);
    expect(io.err).toBe('datelines: in is a directory: give --out DIR for the tagged files\n');
  });

  it('refuses to overwrite its input', async () => {
    const io = fakeIo({ 'in/A.tml': TE3_INPUT });
    expect(await run(['timeml', 'in', '--out', 'in'], io, '0.1.0')).toBe(2);
    expect(io.files.get('in/A.tml')).toBe(TE3_INPUT);
  });

  it('reports a file that is not TimeML in one line and exit code 2', async () => {
    const io = fakeIo({ 'a.tml': 'just some words' });
    expect(await run(['timeml', 'a.tml'], io, '0.1.0')).toBe(2);
    expect(io.err).toMatch(/^datelines: a\.tml: not a readable TimeML document: [^\n]+\n$/);
  });

  it('still writes the good files of a directory when some are not TimeML', async () => {
    const io = fakeIo({ 'in/bad.tml': '<TimeML>', 'in/good.tml': TE3_INPUT });
    expect(await run(['timeml', 'in', '--out', 'o'], io, '0.1.0')).toBe(2);
    expect(io.files.has('o/good.tml')).toBe(true);
    expect(io.err.trim().split('\n')).toHaveLength(2);
    expect(io.err).toMatch(/in\/bad\.tml: not a readable TimeML document/);
    expect(io.err).toMatch(/1 of 2 files could not be read; 1 written to o/);
  });

  it('refuses a missing input and a directory with no TimeML files', async () => {
    const io = fakeIo({ 'docs/notes.txt': 'x' });
    expect(await run(['timeml', 'nowhere'], io, '0.1.0')).toBe(2);
    expect(await run(['timeml', 'docs', '--out', 'o'], io, '0.1.0')).toBe(2);
    expect(io.err).toBe(
      'datelines: no such file or directory: nowhere\n' +
        'datelines: no TimeML files (.tml, .TE3input, .xml) in docs\n',
    );
  });
});

describe('datelines timeml never loses a file (issue 11)', () => {
  it('refuses, writing nothing, when an output would replace an input of the run', async () => {
    const io = fakeIo({ 'D/x.tml': TE3_INPUT, 'D/x.tml.TE3input': `${TE3_INPUT} ` });
    expect(await run(['timeml', 'D', '--out', 'D'], io, '0.1.0')).toBe(2);
    expect(io.err).toBe(
      'datelines: writing D/x.tml would replace an input; choose another --out\n',
    );
    expect(io.files.get('D/x.tml')).toBe(TE3_INPUT);
    expect(io.files.get('D/x.tml.TE3input')).toBe(`${TE3_INPUT} `);
  });

  it('refuses, writing nothing, when two inputs would be written to one output', async () => {
    const io = fakeIo({ 'D/x.tml': TE3_INPUT, 'D/x.tml.TE3input': TE3_INPUT });
    expect(await run(['timeml', 'D', '--out', 'O'], io, '0.1.0')).toBe(2);
    expect(io.err).toBe(
      'datelines: D/x.tml and D/x.tml.TE3input would both be written to O/x.tml\n',
    );
    expect([...io.files.keys()].filter((p) => p.startsWith('O/'))).toEqual([]);
  });

  it('replaces a file already in --out only with --force', async () => {
    const io = fakeIo({ 'D/a.tml': TE3_INPUT, 'O/a.tml': 'kept' });
    expect(await run(['timeml', 'D', '--out', 'O'], io, '0.1.0')).toBe(2);
    expect(io.err).toBe('datelines: O/a.tml exists; give --force to replace it\n');
    expect(io.files.get('O/a.tml')).toBe('kept');
    expect(await run(['timeml', 'D/a.tml', '--out', 'O'], io, '0.1.0')).toBe(2);
    expect(await run(['timeml', 'D', '--out', 'O', '--force'], io, '0.1.0')).toBe(0);
    expect(io.files.get('O/a.tml')).toContain('<TIMEX3');
  });

  it('tags TimeML on stdin to stdout with -', async () => {
    const io = fakeIo({}, { stdin: TE3_INPUT });
    expect(await run(['timeml', '-'], io, '0.1.0')).toBe(0);
    expect(readTimeML(io.out).text).toBe(readTimeML(TE3_INPUT).text);
    expect(io.out).toContain('<TIMEX3');
    expect(await run(['timeml', '-', '--out', 'o'], io, '0.1.0')).toBe(2);
  });
});

describe('datelines extract reads only text (issue 11)', () => {
  const utf16le = (text: string, mark: boolean) =>
    new Uint8Array([...(mark ? [0xff, 0xfe] : []), ...Buffer.from(text, 'utf16le')]);

  it.each([
    ['UTF-8 with a byte-order mark', new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(ARTICLE)])],
    ['UTF-16 with a byte-order mark', utf16le(ARTICLE, true)],
    ['UTF-16 without a byte-order mark', utf16le(ARTICLE, false)],
  ])('reads %s as the same text, offset 0 its first letter', async (_, bytes) => {
    const io = fakeIo({ 'a.txt': bytes });
    expect(await run(['extract', 'a.txt', ...published], io, '0.1.0')).toBe(0);
    const project = parseProjectJson(io.out);
    expect(project.ok && project.value.articles[0]?.text).toBe(ARTICLE);
  });

  it.each([
    [
      'binary data',
      new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]),
      'it holds binary data',
    ],
    ['invalid UTF-8', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a]), 'not valid UTF-8'],
  ])('refuses %s in one line with exit code 2', async (_, bytes, reason) => {
    const io = fakeIo({ 'a.bin': bytes });
    expect(await run(['extract', 'a.bin', ...published], io, '0.1.0')).toBe(2);
    expect(io.err).toBe(`datelines: a.bin is not text: ${reason}\n`);
    expect(io.out).toBe('');
  });

  it('refuses input over --max-size, naming the limit', async () => {
    const io = fakeIo({ 'a.txt': ARTICLE });
    expect(await run(['extract', 'a.txt', ...published, '--max-size', '20'], io, '0.1.0')).toBe(2);
    expect(io.err).toBe(
      'datelines: a.txt is larger than the limit of 20 bytes (raise it with --max-size)\n',
    );
    const big = fakeIo({}, { stdin: 'x'.repeat(2_000) });
    expect(await run(['extract', '-', ...published, '--max-size', '1k'], big, '0.1.0')).toBe(2);
    expect(big.err).toMatch(/the input on stdin is larger than the limit of 1 kB/);
    const huge = fakeIo({ 'a.txt': ARTICLE });
    expect(await run(['extract', 'a.txt', ...published, '--max-size', '3G'], huge, '0.1.0')).toBe(
      2,
    );
    expect(huge.err).toBe('datelines: --max-size "3G": the largest input supported is 2 GB\n');
  });

  it('refuses a flag given twice', async () => {
    const io = fakeIo({ 'a.txt': ARTICLE });
    const argv = ['extract', 'a.txt', ...published, '--published', '2012-02-28'];
    expect(await run(argv, io, '0.1.0')).toBe(2);
    expect(io.err).toBe('datelines: --published is given twice\n');
  });

  it('starts a CSV with a byte-order mark only with --bom', async () => {
    const io = fakeIo({ 'a.txt': ARTICLE });
    await run(['extract', 'a.txt', ...published, '--format', 'csv'], io, '0.1.0');
    expect(io.out.startsWith('Year,')).toBe(true);
    io.out = '';
    await run(['extract', 'a.txt', ...published, '--format', 'csv', '--bom'], io, '0.1.0');
    expect(io.out.startsWith('\uFEFFYear,')).toBe(true);
  });
});

describe('help, version and unexpected failures', () => {
  it('prints usage for --help and help, and the version for --version', async () => {
    for (const argv of [['--help'], ['help']]) {
      const io = fakeIo();
      expect(await run(argv, io, '0.1.0')).toBe(0);
      expect(io.out).toMatch(/^datelines: .*\n\nUsage:\n {2}datelines extract FILE\|- --published/);
    }
    const io = fakeIo();
    expect(await run(['--version'], io, '9.8.7')).toBe(0);
    expect(io.out).toBe('9.8.7\n');
  });

  it('turns a file system error into a one-line user error', async () => {
    const io = fakeIo({ 'a.txt': ARTICLE });
    io.readBytes = () =>
      Promise.reject(
        Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES', path: 'a.txt' }),
      );
    expect(await run(['extract', 'a.txt', ...published], io, '0.1.0')).toBe(2);
    expect(io.err).toBe('datelines: a.txt: permission denied\n');
  });

  it('reports an internal failure in one line with exit code 1', async () => {
    const io = fakeIo({ 'a.txt': ARTICLE });
    io.readBytes = () => Promise.reject(new TypeError('boom'));
    expect(await run(['extract', 'a.txt', ...published], io, '0.1.0')).toBe(1);
    expect(io.err).toBe('datelines: internal error: boom\n');
  });
});
