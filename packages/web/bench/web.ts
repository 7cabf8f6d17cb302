// `npm run bench:web`: the page's initial JavaScript (gzip) against the 250 KB budget, the lazy
// chunks, and the time from page load to "connected" on a local mixnet (median of a few loads).
import { readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { build, Rollup } from 'vite';
import { chromiumAvailability } from '@pastenym/test-browser';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../src/i18n/languages.js';
import { buildLocalPage, PACKAGE_DIR } from '../test/support/build.js';
import { gotoConnected, launchBrowser, openContext } from '../test/support/browser.js';
import { startLocalStack } from '../test/support/stack.js';

const BUDGET = 250 * 1024;
const LOADS = 7;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gz = (dir: string, file: string) =>
  gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;

function outputOf(result: Awaited<ReturnType<typeof build>>): Rollup.OutputBundle[number][] {
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RolldownOutput[];
  return outputs.flatMap((output) => output.output);
}

/** The entry chunk and everything it imports statically. */
function initialChunks(items: Rollup.OutputBundle[number][]): Rollup.OutputChunk[] {
  const chunks = new Map(
    items.filter((i): i is Rollup.OutputChunk => i.type === 'chunk').map((c) => [c.fileName, c]),
  );
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const next of chunks.get(name)?.imports ?? []) visit(next);
  };
  for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
  return [...seen].map((name) => chunks.get(name)!);
}

const outDir = join(await mkdtemp(join(tmpdir(), 'pastenym-web-bench-')), 'app');
const result = await buildLocalPage(outDir);
const items = outputOf(result);
const initial = initialChunks(items);
const initialBytes = initial.reduce((sum, chunk) => sum + gz(outDir, chunk.fileName), 0);
const find = (pattern: RegExp) => items.find((item) => pattern.test(item.fileName));
const worker = find(/local-worker-.*\.js$/);
const sdk = find(/sdk-.*\.js$/);
const render = find(/render-.*\.js$/);
// One lazy chunk per catalog but English (which is in the entry), named after its language.
const catalogs = LANGUAGES.filter((language) => language.code !== DEFAULT_LANGUAGE).map(
  (language) => find(new RegExp(`(^|/)${language.code}-[\\w-]+\\.js$`)),
);
const sdkWorker = join(
  createRequire(join(PACKAGE_DIR, 'package.json')).resolve('@nymproject/sdk'),
  '..',
  'web-worker-0.js',
);

console.log('\nweb bundle (gzip -9)');
console.log('| what | size | note |');
console.log('| --- | --- | --- |');
console.log(
  `| initial JS (entry + static imports) | ${kb(initialBytes)} | budget ${kb(BUDGET)}: ${initialBytes <= BUDGET ? 'within' : 'OVER'} (${((initialBytes / BUDGET) * 100).toFixed(0)}%) |`,
);
if (worker)
  console.log(
    `| mixnet worker (local network, starts at load) | ${kb(gz(outDir, worker.fileName))} | module worker |`,
  );
if (render)
  console.log(
    `| render chunk (markdown, highlighting, sanitiser) | ${kb(gz(outDir, render.fileName))} | lazy |`,
  );
const catalogSizes = catalogs.flatMap((chunk) => (chunk ? [gz(outDir, chunk.fileName)] : []));
if (catalogSizes.length > 0)
  console.log(
    `| catalogs (${catalogSizes.length} languages, one chunk each) | ${kb(Math.min(...catalogSizes))}-${kb(Math.max(...catalogSizes))} | lazy, only the reader's language |`,
  );
if (sdk)
  console.log(`| Nym SDK chunk | ${kb(gz(outDir, sdk.fileName))} | lazy, nym network only |`);
console.log(
  `| Nym SDK worker (web-worker-0.js, WASM inside) | ${kb(gzipSync(readFileSync(sdkWorker)).length)} | ${kb(statSync(sdkWorker).size)} raw; shipped in nym builds only |`,
);

const chromium = chromiumAvailability();
if (chromium.available) {
  const stack = await startLocalStack(outDir);
  const browser = await launchBrowser(chromium.executablePath);
  const connected: number[] = [];
  const ready: number[] = [];
  try {
    for (let i = 0; i < LOADS; i++) {
      const { page, context } = await openContext(browser);
      await gotoConnected(page, stack.site.url);
      const marks = await page.evaluate(() => ({
        connected: performance.getEntriesByName('pastenym:connected')[0]?.startTime ?? NaN,
        ready: performance.getEntriesByName('pastenym:server-ready')[0]?.startTime ?? NaN,
      }));
      connected.push(marks.connected);
      ready.push(marks.ready);
      await context.close();
    }
  } finally {
    await browser.close();
    await stack.close();
  }
  const median = (values: number[]) =>
    [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const range = (values: number[]) =>
    `${Math.min(...values).toFixed(0)}-${Math.max(...values).toFixed(0)} ms`;
  console.log(
    `\npage load to connected, local mixnet (fast profile), ${LOADS} loads in fresh contexts`,
  );
  console.log('| milestone | median | range |');
  console.log('| --- | --- | --- |');
  console.log(
    `| mixnet client connected (worker started, topology verified, gateway authenticated) | ${median(connected).toFixed(0)} ms | ${range(connected)} |`,
  );
  console.log(
    `| paste server answered its first ping through the mixnet | ${median(ready).toFixed(0)} ms | ${range(ready)} |`,
  );
} else {
  console.log('\n(no Chromium: page-load timing skipped)');
}
await rm(join(outDir, '..'), { recursive: true, force: true });
