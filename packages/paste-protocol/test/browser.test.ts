import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chromiumAvailability, runSuiteInWorker } from '@pastenym/test-browser';

const chromium = chromiumAvailability();

describe.skipIf(!chromium.available)('paste-protocol in a Chromium Web Worker', () => {
  it('seals, opens, solves, decodes and runs the client', async () => {
    if (!chromium.available) return;
    const outcomes = await runSuiteInWorker({
      entry: fileURLToPath(new URL('./browser/entry.ts', import.meta.url)),
      executablePath: chromium.executablePath,
    });
    expect(outcomes.filter((o) => !o.ok).map((f) => `${f.name}: ${f.error}`)).toEqual([]);
    expect(outcomes.length).toBe(6);
  }, 300_000);
});
