import { existsSync } from 'node:fs';

/** Where Chromium is, or why browser tests cannot run here. */
export type BrowserAvailability =
  | { readonly available: true; readonly executablePath: string }
  | { readonly available: false; readonly reason: string };

/**
 * Finds Debian's Chromium (`PASTENYM_CHROMIUM`, default `/usr/bin/chromium`). When it is missing,
 * browser tests skip with a loud warning, unless `PASTENYM_REQUIRE_BROWSER=1` (CI), where the
 * absence itself is a failure.
 * @throws {Error} when Chromium is required and missing.
 */
export function chromiumAvailability(): BrowserAvailability {
  const executablePath = process.env.PASTENYM_CHROMIUM ?? '/usr/bin/chromium';
  if (existsSync(executablePath)) return { available: true, executablePath };
  const reason = `Chromium not found at ${executablePath} (apt-get install -y chromium, or set PASTENYM_CHROMIUM)`;
  if (process.env.PASTENYM_REQUIRE_BROWSER === '1') {
    throw new Error(`${reason}; browser tests are required here (PASTENYM_REQUIRE_BROWSER=1)`);
  }
  console.warn(`\n*** SKIPPING BROWSER TESTS: ${reason} ***\n`);
  return { available: false, reason };
}

/** Launch flags for headless Chromium on a machine without network or GPU. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
