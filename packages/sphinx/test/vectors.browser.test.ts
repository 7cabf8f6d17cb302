import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { describeWithChromium, runSuiteInWorker } from '@pastenym/test-browser';

describeWithChromium('Sphinx vectors in a Chromium Web Worker', (executablePath) => {
  it('are reproduced by the browser crypto provider', async () => {
    const outcomes = await runSuiteInWorker({
      entry: fileURLToPath(new URL('./vectors.browser-entry.ts', import.meta.url)),
      executablePath,
    });
    expect(outcomes.filter((o) => !o.ok).map((f) => `${f.name}: ${f.error}`)).toEqual([]);
    expect(outcomes.length).toBe(1);
  }, 300_000);
});
