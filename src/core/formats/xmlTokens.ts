/**
 * A small XML tokenizer that keeps every source offset, so a document can be read as
 * plain text and written back with only chosen bytes changed. Enough XML for TimeML:
 * elements, attributes, the five named entities, character references, comments,
 * processing instructions, DOCTYPE (without an internal subset) and CDATA.
 */

/** One piece of markup or text, covering `xml.slice(from, to)`. */
export type XmlToken =
  | { kind: 'text'; from: number; to: number }
  /** An entity, character reference or CDATA section: one unit of text that must not be split. */
  | { kind: 'literal'; from: number; to: number; decoded: string }
  | { kind: 'open'; from: number; to: number; name: string; attrs: Record<string, string> }
  | { kind: 'empty'; from: number; to: number; name: string; attrs: Record<string, string> }
  | { kind: 'close'; from: number; to: number; name: string }
  /** Comment, processing instruction or DOCTYPE: no text, no nesting. */
  | { kind: 'other'; from: number; to: number };

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]*));/y;
const NAME = /[A-Za-z_:][-\w.:]*/y;
const ATTRIBUTE = /\s+([A-Za-z_:][-\w.:]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
const TAG_END = /\s*(\/?)>/y;
const CLOSE_TAG_END = /\s*>/y;

/** 1-based line of `offset`, for error messages a person can act on. */
export function lineAt(xml: string, offset: number): number {
  let line = 1;
  for (let i = xml.indexOf('\n'); i !== -1 && i < offset; i = xml.indexOf('\n', i + 1)) line++;
  return line;
}

/** Decodes the entity starting at `at`, or returns null when there is none we know. */
function entityAt(xml: string, at: number): { to: number; decoded: string } | null {
  ENTITY.lastIndex = at;
  const m = ENTITY.exec(xml);
  if (!m) return null;
  const [all, dec, hex, name] = m;
  let decoded: string | undefined;
  if (name !== undefined) decoded = NAMED_ENTITIES[name];
  else {
    const code = dec !== undefined ? Number(dec) : parseInt(hex ?? '', 16);
    if (code > 0 && code <= 0x10ffff) decoded = String.fromCodePoint(code);
  }
  return decoded === undefined ? null : { to: at + all.length, decoded };
}

/** Decodes entities in an attribute value or a text run; unknown ones are kept as written. */
export function decodeEntities(raw: string): string {
  if (!raw.includes('&')) return raw;
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const amp = raw.indexOf('&', i);
    if (amp === -1) break;
    const entity = entityAt(raw, amp);
    out += raw.slice(i, amp) + (entity ? entity.decoded : '&');
    i = entity ? entity.to : amp + 1;
  }
  return out + raw.slice(i);
}

/** Escapes text for use inside a double-quoted attribute value. */
export function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function fail(xml: string, at: number, what: string): never {
  throw new Error(`Not well-formed XML at line ${lineAt(xml, at)}: ${what}.`);
}

/** Reads the markup starting with `<` at `at`. */
function tagAt(xml: string, at: number): XmlToken {
  const until = (end: string, what: string): number => {
    const i = xml.indexOf(end, at);
    if (i === -1) fail(xml, at, `${what} is never closed`);
    return i + end.length;
  };
  if (xml.startsWith('<!--', at)) return { kind: 'other', from: at, to: until('-->', 'a comment') };
  if (xml.startsWith('<![CDATA[', at)) {
    const to = until(']]>', 'a CDATA section');
    return { kind: 'literal', from: at, to, decoded: xml.slice(at + 9, to - 3) };
  }
  if (xml.startsWith('<?', at)) return { kind: 'other', from: at, to: until('?>', 'an <?...?>') };
  if (xml.startsWith('<!', at)) return { kind: 'other', from: at, to: until('>', 'a <!...>') };

  const closing = xml.startsWith('</', at);
  NAME.lastIndex = at + (closing ? 2 : 1);
  const name = NAME.exec(xml)?.[0];
  if (name === undefined) fail(xml, at, "a '<' that does not start a tag (write it as &lt;)");
  let i = NAME.lastIndex;
  if (closing) {
    CLOSE_TAG_END.lastIndex = i;
    if (!CLOSE_TAG_END.test(xml)) fail(xml, at, `the closing tag </${name}> is malformed`);
    return { kind: 'close', from: at, to: CLOSE_TAG_END.lastIndex, name };
  }
  const attrs: Record<string, string> = {};
  for (;;) {
    ATTRIBUTE.lastIndex = i;
    const m = ATTRIBUTE.exec(xml);
    if (!m) break;
    const attrName = m[1] ?? '';
    if (attrName in attrs) fail(xml, at, `<${name}> has the attribute ${attrName} twice`);
    attrs[attrName] = decodeEntities(m[2] ?? m[3] ?? '');
    i = ATTRIBUTE.lastIndex;
  }
  TAG_END.lastIndex = i;
  const end = TAG_END.exec(xml);
  if (!end) fail(xml, at, `the tag <${name}> is malformed or never closed with '>'`);
  const kind = end[1] === '/' ? 'empty' : 'open';
  return { kind, from: at, to: TAG_END.lastIndex, name, attrs };
}

/**
 * Splits `xml.slice(from, to)` into tokens, checking that elements nest properly.
 * Throws an Error naming the line on malformed markup. A `&` that starts no known entity
 * is kept as plain text (news text often has a bare one).
 */
export function tokenizeXml(xml: string, from = 0, to = xml.length): XmlToken[] {
  const tokens: XmlToken[] = [];
  const open: Array<{ name: string; at: number }> = [];
  let i = from;
  let textStart = from;
  const flushText = (end: number) => {
    if (end > textStart) tokens.push({ kind: 'text', from: textStart, to: end });
  };
  while (i < to) {
    const c = xml.charCodeAt(i);
    if (c === 0x3c /* < */) {
      flushText(i);
      const token = tagAt(xml, i);
      if (token.to > to) fail(xml, i, 'a tag runs past the end of its element');
      if (token.kind === 'open') open.push({ name: token.name, at: i });
      if (token.kind === 'close') {
        const top = open.pop();
        if (!top) fail(xml, i, `</${token.name}> closes nothing`);
        if (top.name !== token.name)
          fail(xml, i, `</${token.name}> closes <${top.name}> (line ${lineAt(xml, top.at)})`);
      }
      tokens.push(token);
      i = textStart = token.to;
    } else if (c === 0x26 /* & */) {
      const entity = entityAt(xml, i);
      if (entity) {
        flushText(i);
        tokens.push({ kind: 'literal', from: i, to: entity.to, decoded: entity.decoded });
        i = textStart = entity.to;
      } else i++;
    } else i++;
  }
  flushText(to);
  const unclosed = open.pop();
  if (unclosed) fail(xml, unclosed.at, `<${unclosed.name}> is never closed`);
  return tokens;
}

/** The text a token contributes to the plain text (empty for markup). */
export function tokenText(xml: string, token: XmlToken): string {
  if (token.kind === 'text') return xml.slice(token.from, token.to);
  if (token.kind === 'literal') return token.decoded;
  return '';
}
