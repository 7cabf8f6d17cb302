import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chromiumAvailability, runSuiteInWorker } from '@pastenym/test-browser';

const chromium = chromiumAvailability();

describe.skipIf(!chromium.available)('the browser crypto provider in a Chromium Web Worker', () => {
  it('passes the provider suite with WebCrypto and noble', async () => {
    if (!chromium.available) return;
    const outcomes = await runSuiteInWorker({
      entry: fileURLToPath(new URL('./browser-entry.ts', import.meta.url)),
      executablePath: chromium.executablePath,
    });
    expect(outcomes.filter((o) => !o.ok).map((f) => `${f.name}: ${f.error}`)).toEqual([]);
    expect(outcomes.length).toBeGreaterThanOrEqual(12);
  }, 300_000);
});
