import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { chromiumAvailability, runSuiteInWorker } from '@pastenym/test-browser';

const chromium = chromiumAvailability();

describe.skipIf(!chromium.available)('mixnet client core in a Chromium Web Worker', () => {
  it('passes the client-core suite', async () => {
    if (!chromium.available) return;
    const outcomes = await runSuiteInWorker({
      entry: fileURLToPath(new URL('./browser-entry.ts', import.meta.url)),
      executablePath: chromium.executablePath,
      log: (line) => console.log(line),
    });
    const failures = outcomes.filter((o) => !o.ok);
    expect(failures.map((f) => `${f.name}: ${f.error}`)).toEqual([]);
    expect(outcomes.length).toBeGreaterThanOrEqual(9);
  }, 600_000);
});
