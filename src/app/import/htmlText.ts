/**
 * Reading HTML as the browser does (DOMParser), never with patterns over markup: the
 * page is parsed, nothing in it runs, and only text nodes are read. Scripts, styles,
 * navigation and page furniture are dropped; paragraphs stay paragraphs.
 */

/** Elements whose content is never article text. */
const NEVER_TEXT =
  'script, style, noscript, template, iframe, object, embed, svg, canvas, video, audio, ' +
  'nav, aside, footer, form, button, input, select, textarea, dialog, menu, figure, ' +
  '[hidden], [aria-hidden="true"], [role="navigation"], [role="banner"], ' +
  '[role="contentinfo"], [role="complementary"], [role="search"], [role="dialog"], ' +
  '[role="alertdialog"], [itemprop="author"], [rel="author"]';

/** Words in a class or id that mark page furniture rather than the story. */
const FURNITURE_WORDS = new Set([
  'ad',
  'ads',
  'advert',
  'adverts',
  'advertisement',
  'advertising',
  'promo',
  'sponsored',
  'sponsor',
  'social',
  'share',
  'sharing',
  'newsletter',
  'subscribe',
  'subscription',
  'signup',
  'related',
  'recirc',
  'recirculation',
  'comments',
  'comment',
  'cookie',
  'cookies',
  'consent',
  'breadcrumb',
  'breadcrumbs',
  'paywall',
  'sidebar',
  'popup',
  'modal',
  'outbrain',
  'taboola',
  'toolbar',
  'menu',
  'nav',
  'navbar',
  'navigation',
  'footer',
  'masthead',
  'byline',
  'author',
  'trending',
  'tags',
]);

/** Block-level elements: their edges end a paragraph. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'UL',
  'BR',
]);

/** Lines that are page furniture in any site's words, read as text. */
const FURNITURE_LINE =
  /^(advertisement|advertising|sponsored( content)?|share( this( article| story)?)?|read more|related( stories| articles)?|sign up\b.*|subscribe\b.*|follow us\b.*|click here\b.*|skip to (main )?content|loading…?|most read)$/i;

/** Paragraphs of text under `root`, whitespace tidied, empty ones and furniture dropped. */
export function paragraphsOf(root: Element): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line !== '' && !FURNITURE_LINE.test(line)) paragraphs.push(line);
    current = '';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === 3) {
        current += child.nodeValue ?? '';
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const block = BLOCKS.has(el.tagName.toUpperCase());
        if (block) flush();
        walk(el);
        if (block) flush();
      }
    }
  };
  walk(root);
  flush();
  return paragraphs;
}

/** Removes scripts, styles, navigation and furniture (by role, tag, class or id words). */
export function dropFurniture(root: Element): void {
  for (const el of Array.from(root.querySelectorAll(NEVER_TEXT))) el.remove();
  for (const el of Array.from(root.querySelectorAll('[class], [id]'))) {
    if (isFurniture(el)) el.remove();
  }
}

function isFurniture(el: Element): boolean {
  // The story's own container is never furniture, whatever its class says.
  if (el.matches('article, main, [itemprop="articleBody"], body, html')) return false;
  const words = `${el.getAttribute('class') ?? ''} ${el.id}`
    .toLowerCase()
    .split(/[\s_-]+/)
    .filter(Boolean);
  return words.some((word) => FURNITURE_WORDS.has(word));
}

/**
 * The plain text of an HTML fragment (a rich paste): paragraphs kept, one blank line
 * between them; scripts and styles dropped. Nothing in it is run or rendered.
 *
 * @example htmlFragmentToText('<p>One <b>two</b></p><p>three</p>') // 'One two\n\nthree'
 */
export function htmlFragmentToText(html: string, parser: DOMParser = new DOMParser()): string {
  const doc = parser.parseFromString(html, 'text/html');
  for (const el of Array.from(doc.body.querySelectorAll(NEVER_TEXT_IN_PASTE))) el.remove();
  return paragraphsOf(doc.body).join('\n\n');
}

const NEVER_TEXT_IN_PASTE = 'script, style, noscript, template, iframe, object, embed, svg';
