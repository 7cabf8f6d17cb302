// Suites that need Chromium: the body gets the browser's path, so no test has to check for it.
import { describe } from 'vitest';
import { chromiumAvailability } from './availability.js';

/**
 * `describe` for tests that need Chromium: runs `body` with its path when it is installed;
 * otherwise skips loudly, or fails when `PASTENYM_REQUIRE_BROWSER=1` (see
 * {@link chromiumAvailability}).
 * @example describeWithChromium('in a worker', (executablePath) => it('passes', ...));
 */
export function describeWithChromium(name: string, body: (executablePath: string) => void): void {
  const chromium = chromiumAvailability();
  if (chromium.available) describe(name, () => body(chromium.executablePath));
  else describe.skip(name, () => body(''));
}
