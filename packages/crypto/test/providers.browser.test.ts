import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { describeWithChromium, runSuiteInWorker } from '@pastenym/test-browser';

describeWithChromium('the browser crypto provider in a Chromium Web Worker', (executablePath) => {
  it('passes the provider suite with WebCrypto and noble', async () => {
    const outcomes = await runSuiteInWorker({
      entry: fileURLToPath(new URL('./browser-entry.ts', import.meta.url)),
      executablePath,
    });
    expect(outcomes.filter((o) => !o.ok).map((f) => `${f.name}: ${f.error}`)).toEqual([]);
    expect(outcomes.length).toBeGreaterThanOrEqual(12);
  }, 300_000);
});
