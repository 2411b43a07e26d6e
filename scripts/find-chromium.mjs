// Finds a Chromium for Playwright: its own managed build when installed, else a system one.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** @returns {string | undefined} a system browser path, or undefined when Playwright's own is installed. */
export function findChromium() {
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // Playwright has no managed browser registered: fall through to the system ones.
  }
  return SYSTEM_BROWSERS.find((path) => existsSync(path));
}

/** @returns {boolean} whether any usable browser exists. */
export function hasBrowser() {
  try {
    if (existsSync(chromium.executablePath())) return true;
  } catch {
    // no managed browser
  }
  return SYSTEM_BROWSERS.some((path) => existsSync(path));
}

/**
 * Flags every Chromium of ours starts with: no sandbox (root in CI), no GPU, and none of
 * the background traffic a closed network turns into a flood of failed requests.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** @returns {{ executablePath?: string, args: string[] }} launch options for `chromium.launch`. */
export function chromiumLaunchOptions() {
  const executablePath = findChromium();
  return { ...(executablePath ? { executablePath } : {}), args: [...CHROMIUM_ARGS] };
}
