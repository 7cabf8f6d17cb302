import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chromiumAvailability, runSuiteInWorker } from '@pastenym/test-browser';

const chromium = chromiumAvailability();

describe.skipIf(!chromium.available)('Sphinx vectors in a Chromium Web Worker', () => {
  it('are reproduced by the browser crypto provider', async () => {
    if (!chromium.available) return;
    const outcomes = await runSuiteInWorker({
      entry: fileURLToPath(new URL('./vectors.browser-entry.ts', import.meta.url)),
      executablePath: chromium.executablePath,
    });
    expect(outcomes.filter((o) => !o.ok).map((f) => `${f.name}: ${f.error}`)).toEqual([]);
    expect(outcomes.length).toBe(1);
  }, 300_000);
});
