import type { ReaderTheme } from '../app/url/readerUrl.ts';

/**
 * Puts the theme on the page (`data-theme` on the root element); `auto` follows the
 * reader's system setting as it changes.
 */
export function applyTheme(theme: ReaderTheme, root: HTMLElement = document.documentElement) {
  if (theme !== 'auto') {
    root.dataset.theme = theme;
    return;
  }
  const dark = window.matchMedia('(prefers-color-scheme: dark)');
  const set = () => (root.dataset.theme = dark.matches ? 'dark' : 'light');
  set();
  dark.addEventListener('change', set);
}
