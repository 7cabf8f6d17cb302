import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { describeWithChromium, runSuiteInWorker } from '@pastenym/test-browser';

describeWithChromium('mixnet client core in a Chromium Web Worker', (executablePath) => {
  it('passes the client-core suite', async () => {
    const outcomes = await runSuiteInWorker({
      entry: fileURLToPath(new URL('./browser-entry.ts', import.meta.url)),
      executablePath,
      log: (line) => console.log(line),
    });
    const failures = outcomes.filter((o) => !o.ok);
    expect(failures.map((f) => `${f.name}: ${f.error}`)).toEqual([]);
    expect(outcomes.length).toBeGreaterThanOrEqual(9);
  }, 600_000);
});
