import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { describeWithChromium, runSuiteInWorker } from '@pastenym/test-browser';

describeWithChromium('paste-protocol in a Chromium Web Worker', (executablePath) => {
  it('seals, opens, solves, decodes and runs the client', async () => {
    const outcomes = await runSuiteInWorker({
      entry: fileURLToPath(new URL('./browser/entry.ts', import.meta.url)),
      executablePath,
    });
    expect(outcomes.filter((o) => !o.ok).map((f) => `${f.name}: ${f.error}`)).toEqual([]);
    expect(outcomes.length).toBe(6);
  }, 300_000);
});
