// The Sphinx-limited ceiling of this machine, measured rather than extrapolated: one thread
// per core runs the Sphinx work of delivered messages at the same time, so whatever the cores
// really give in parallel (shared hosts, turbo, memory) is in the number.
import { Worker } from 'node:worker_threads';

/** Delivered messages per second that Sphinx work alone allows on `threads` threads. */
export async function measureSphinxCeiling(threads: number, durationMs: number): Promise<number> {
  const url = new URL('./sphinx-ceiling-worker.js', import.meta.url);
  const workers = Array.from({ length: threads }, () => new Worker(url));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            worker.once('message', () => resolve());
            worker.once('error', reject);
          }),
      ),
    );
    const results = await Promise.all(
      workers.map(
        (worker) =>
          new Promise<{ done: number; ms: number }>((resolve, reject) => {
            worker.once('message', resolve);
            worker.once('error', reject);
            worker.postMessage(durationMs);
          }),
      ),
    );
    return results.reduce((sum, { done, ms }) => sum + (done * 1000) / ms, 0);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
