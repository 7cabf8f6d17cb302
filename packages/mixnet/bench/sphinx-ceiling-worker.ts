// One thread of the Sphinx-limited ceiling (see sphinx-ceiling.ts): warms up, waits for the
// start signal so that every thread runs at once, then counts whole lifecycles until the end.
import { parentPort } from 'node:worker_threads';
import { createNodeCrypto } from '@pastenym/crypto/node';
import { sphinxWorkload } from './sphinx-workload.js';

const port = parentPort;
if (!port) throw new Error('sphinx-ceiling-worker runs as a worker thread');
const workload = sphinxWorkload(createNodeCrypto());
for (let i = 0; i < 50; i++) await workload.lifecycle();
port.once('message', (durationMs: number) => {
  void (async () => {
    const started = performance.now();
    let done = 0;
    while (performance.now() - started < durationMs) {
      await workload.lifecycle();
      done++;
    }
    port.postMessage({ done, ms: performance.now() - started });
  })();
});
port.postMessage('ready');
