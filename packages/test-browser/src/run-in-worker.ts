import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './availability.js';
import type { TestOutcome } from './vitest-shim.js';

export interface WorkerRunOptions {
  /** Absolute path of a module that registers tests (it imports `vitest` and a suite). */
  readonly entry: string;
  readonly executablePath: string;
  /** Overall limit for the run in the browser. */
  readonly timeoutMs?: number;
  /** Prints each test's outcome as it finishes. */
  readonly log?: (line: string) => void;
}

const shim = fileURLToPath(
  new URL('./vitest-shim.ts', import.meta.url).href.replace('/dist/src/', '/src/'),
);
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url).href.replace('/dist/', '/'));

const PAGE = `<!doctype html><meta charset="utf-8"><title>worker tests</title>
<script type="module">
  const worker = new Worker('/worker.js', { type: 'module' });
  window.__outcomes = [];
  worker.onmessage = (e) => e.data.done ? (window.__done = e.data.outcomes) : window.__outcomes.push(e.data);
  worker.onerror = (e) => (window.__done = [{ name: 'worker', ok: false, ms: 0, error: String(e.message) }]);
</script>`;

/**
 * Bundles `entry` with Vite (sources through the `@pastenym/source` condition, `vitest` aliased
 * to the shim), serves it on 127.0.0.1 and runs it inside a Web Worker in headless Chromium.
 * Returns every test's outcome.
 */
export async function runSuiteInWorker(options: WorkerRunOptions): Promise<TestOutcome[]> {
  const dir = mkdtempSync(join(tmpdir(), 'pastenym-worker-'));
  const workerEntry = join(dir, 'worker-entry.ts');
  writeFileSync(
    workerEntry,
    `import ${JSON.stringify(options.entry)};\n` +
      `import { runRegisteredTests } from ${JSON.stringify(shim)};\n` +
      `runRegisteredTests((o) => postMessage(o)).then((outcomes) => postMessage({ done: true, outcomes }));\n`,
  );
  try {
    await build({
      configFile: false,
      logLevel: 'warn',
      root: repoRoot,
      resolve: {
        alias: [{ find: /^vitest$/, replacement: shim }],
        conditions: ['@pastenym/source', 'browser', 'module', 'import', 'default'],
      },
      build: {
        outDir: join(dir, 'out'),
        emptyOutDir: true,
        target: 'es2022',
        minify: false,
        lib: { entry: workerEntry, formats: ['es'], fileName: () => 'worker.js' },
      },
    });
    const script = readFileSync(join(dir, 'out', 'worker.js'));
    const server = createServer((request, response) => {
      if (request.url === '/worker.js')
        response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
      else response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const browser = await chromium.launch({
      executablePath: options.executablePath,
      args: CHROMIUM_ARGS,
    });
    try {
      const page = await browser.newPage();
      page.on('console', (message) => options.log?.(`[browser] ${message.text()}`));
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      let reported = 0;
      const deadline = Date.now() + (options.timeoutMs ?? 600_000);
      for (;;) {
        const state = await page.evaluate(() => {
          const w = window as unknown as { __outcomes: TestOutcome[]; __done?: TestOutcome[] };
          return { outcomes: w.__outcomes, done: w.__done };
        });
        for (const outcome of state.outcomes.slice(reported)) {
          options.log?.(
            `${outcome.ok ? 'ok  ' : 'FAIL'} ${outcome.name} (${Math.round(outcome.ms)} ms)`,
          );
        }
        reported = state.outcomes.length;
        if (state.done) return state.done;
        if (Date.now() > deadline) throw new Error('the browser suite did not finish in time');
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    } finally {
      await browser.close();
      server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
