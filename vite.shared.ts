import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Alias, Plugin } from 'vite';

/**
 * vis-timeline's and vis-data's "esnext" builds instead of their "peer" ones: the same
 * code without the core-js polyfills an ES2022 target never needs (vis-timeline 120 KB →
 * 63 KB gzip, vis-data 30 KB → 5 KB). The source keeps importing `vis-timeline/peer`.
 */
export const visEsnext: Alias[] = [
  { find: /^vis-timeline\/peer$/, replacement: 'vis-timeline/esnext' },
  { find: /^vis-data\/peer$/, replacement: 'vis-data/esnext' },
  // moment.js, which only vis-timeline uses: the part of it vis-timeline calls (see the module).
  {
    find: /^moment$/,
    replacement: fileURLToPath(new URL('./src/ui/timeline/visMoment.ts', import.meta.url)),
  },
  // vis-timeline's HTML filter, replaced by one that escapes everything (see the module).
  {
    find: /^xss$/,
    replacement: fileURLToPath(new URL('./src/ui/timeline/escapeOnlyXss.ts', import.meta.url)),
  },
];

/**
 * A `<link rel="modulepreload">` for each chunk of a lazily imported module whose file name
 * ends with `suffix`, and a stylesheet link for the CSS it imports: the browser fetches
 * them beside the page's entry instead of after the entry has run (Vite's loader then
 * finds the stylesheet in place and does not wait for it again). With `page`, only in
 * that page of the build (`bench.html`).
 */
export function preloadLazyChunk(suffix: string, page?: string): Plugin {
  return {
    name: 'datelines-preload-lazy-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) => {
        if (page !== undefined && !context.filename.endsWith(`/${page}`)) return [];
        const chunks = Object.values(context.bundle ?? {}).filter(
          (file) => file.type === 'chunk' && file.facadeModuleId?.endsWith(suffix),
        );
        return chunks.flatMap((chunk) => [
          {
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${chunk.fileName}` },
            injectTo: 'head' as const,
          },
          ...[...(chunk.viteMetadata?.importedCss ?? [])].map((css) => ({
            tag: 'link',
            attrs: { rel: 'stylesheet', crossorigin: true, href: `./${css}` },
            injectTo: 'head' as const,
          })),
        ]);
      },
    },
  };
}

/**
 * Three cuts in vis-timeline's esnext module, none of which changes what the timeline does:
 * - its util object spread all of vis-util (`...util`) into itself, keeping every export of
 *   that package (its own option configurator, colour picker and validator among them); it
 *   now takes only the functions vis-timeline reads from it;
 * - the options configurator (`configure` option, which we never set) is not built;
 * - options are not checked against its schema (a console warning for a misspelt option,
 *   in code whose options are fixed; the schema is a few KB of object literals).
 * Each cut names the exact text it replaces and the build stops if that text is missing
 * (a new vis-timeline), rather than shipping a half-trimmed library.
 */
export function trimVisTimeline(): Plugin {
  const cuts: [from: string, to: (code: string) => string][] = [
    [
      '  ...util,\n',
      (code) =>
        [...new Set([...code.matchAll(/availableUtils\.(\w+)/g)].map((m) => m[1]))]
          .filter((name) => name !== 'convert' && name !== 'setupXSSProtection' && name !== 'xss')
          .map((name) => `  ${name}: util.${name},\n`)
          .join(''),
    ],
    [
      'return new Configurator(this, this.dom.container, configureOptions);',
      () => 'throw new Error("vis-timeline\'s configurator is left out of this build");',
    ],
    ['let errorFound = Validator.validate(options, allOptions);', () => 'let errorFound = false;'],
  ];
  return {
    name: 'datelines-trim-vis-timeline',
    transform(code, id) {
      if (!/vis-timeline\/esnext\/esm\/vis-timeline-graph2d\.m?js$/.test(id.split('?')[0] ?? '')) {
        return null;
      }
      let trimmed = code;
      for (const [from, to] of cuts) {
        if (trimmed.split(from).length !== 2) {
          throw new Error(`trimVisTimeline: "${from.trim()}" is not in vis-timeline once`);
        }
        trimmed = trimmed.replace(from, () => to(code));
      }
      return { code: trimmed, map: null };
    },
  };
}

/**
 * Rules of vis-timeline's stylesheet for parts of the library we never use: Graph2d, the
 * configurator, rolling mode; nested groups; editing (delete and drag handles, the update
 * tooltip, draggable groups); vis's own clusters (ours are range items) and the current
 * time line (showCurrentTime is off).
 */
const UNUSED_VIS_RULE = new RegExp(
  [
    'vis-configuration|vis-config-|vis-color|vis-graph-group|vis-data-axis|vis-legend',
    'vis-rolling-mode|vis-loading-screen|vis-network',
    'vis-nesting-group|vis-nested-group|vis-group-level|vis-group-is-dragging|vis-label\\.draggable',
    'vis-delete|vis-drag-|vis-onUpdateTime-tooltip|vis-editable|vis-readonly',
    'vis-item\\.vis-cluster|vis-current-time',
  ].join('|'),
);

/**
 * vis-timeline's stylesheet without the rules of Graph2d, the options configurator, the
 * colour picker and rolling mode: a rule goes when every one of its selectors names only
 * those parts. (The file has no nested at-rules, which this relies on.)
 */
export function trimVisTimelineCss(): Plugin {
  return {
    name: 'datelines-trim-vis-timeline-css',
    transform(code, id) {
      if (!/vis-timeline-graph2d(\.min)?\.css$/.test(id.split('?')[0] ?? '')) return null;
      if (/@media|@supports|@keyframes/.test(code)) return null;
      const kept = code
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .split('}')
        .filter((rule) => {
          const selectors = rule.split('{')[0] ?? '';
          return !selectors.split(',').every((s) => s.trim() === '' || UNUSED_VIS_RULE.test(s));
        })
        .join('}');
      return { code: `${kept}}`, map: null };
    },
  };
}

/**
 * The Content-Security-Policy of every page the build serves. Scripts only from the site
 * itself: no inline script, no eval. Inline styles stay allowed (vis-timeline and React
 * position elements with them); `?src=` timelines may be fetched from any https host.
 */
export const HOSTED_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self' https:",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Puts `policy` in a meta tag first in the head of every built page (not the dev server's). */
export function contentSecurityPolicy(policy: string): Plugin {
  return {
    name: 'datelines-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

const INLINE_SCRIPT =
  /<script\b(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g;

/**
 * The policy of a one-file page, whose code is inlined: each inline script allowed by its
 * SHA-256 hash (still no 'unsafe-inline', no eval), and nothing fetched from anywhere.
 */
export function inlinePagePolicy(html: string): string {
  const hashes = [...html.matchAll(INLINE_SCRIPT)].map(
    (match) =>
      `'sha256-${createHash('sha256')
        .update(match[1] ?? '')
        .digest('base64')}'`,
  );
  return [
    "default-src 'none'",
    `script-src ${hashes.join(' ')}`,
    "style-src 'unsafe-inline'",
    'img-src data:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * After vite-plugin-singlefile has inlined the code: drops the favicon link (a file opened
 * from disk must ask for nothing) and adds the hash-based policy of `inlinePagePolicy`.
 */
export function standalonePage(): Plugin {
  return {
    name: 'datelines-standalone-page',
    apply: 'build',
    // On the written file: the inlining happens in other plugins' generateBundle.
    writeBundle(options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
        const path = join(options.dir ?? 'dist', file.fileName);
        const html = readFileSync(path, 'utf8').replace(/\s*<link rel="icon"[^>]*>/g, '');
        const meta = `<meta http-equiv="Content-Security-Policy" content="${inlinePagePolicy(html)}" />`;
        writeFileSync(path, html.replace(/<head>/, `<head>\n    ${meta}`));
      }
    },
  };
}
