import { Worker } from 'node:worker_threads';
import { PACKET_LENGTH, type ProcessResult } from '@pastenym/sphinx';
import type { Counters } from './counters.js';
import { nodeError } from './node-errors.js';
import type { PacketProcessor } from './packet-processor.js';
import { defaultWorkerUrl, withoutConditions } from './worker-url.js';

/** A batch of packets sent to a worker (all of one packet's length, back to back). */
export interface WorkerBatch {
  readonly ids: readonly number[];
  readonly packets: Uint8Array;
}

export interface WorkerResults {
  readonly ids: readonly number[];
  readonly results: readonly ProcessResult[];
}

/** Options of {@link createWorkerProcessor}. */
export interface WorkerProcessorOptions {
  readonly threads: number;
  readonly sphinxPrivateKey: Uint8Array;
  /** Counts `drop.worker_failed` for packets lost with a crashed worker. */
  readonly counters?: Counters;
  /** The worker script; default: the built `packet-worker.js` beside this module. */
  readonly workerUrl?: URL;
}

const MAX_BATCH = 64;

/**
 * Processes packets in `threads` worker threads, batched per event-loop turn (a message per
 * packet would cost more than the Sphinx work it moves). Results come back in order per batch.
 * @throws {MixnetError} `mixnet.node_failed` when the workers cannot start (no build).
 * @example const processor = await createWorkerProcessor({ threads: 2, sphinxPrivateKey });
 */
export async function createWorkerProcessor(
  options: WorkerProcessorOptions,
): Promise<PacketProcessor> {
  const url = options.workerUrl ?? defaultWorkerUrl();
  const callbacks = new Map<number, (result: ProcessResult) => void>();
  const outstanding = new Map<Worker, Set<number>>();
  const spawned = new Set<Worker>();
  const terminateAll = () => Promise.all([...spawned].map((worker) => worker.terminate()));
  let closing = false;
  let nextId = 0;
  let pending: { id: number; packet: Uint8Array }[] = [];
  let flushScheduled = false;

  function spawn(): Promise<Worker> {
    const worker = new Worker(url, {
      workerData: { sphinxPrivateKey: options.sphinxPrivateKey },
      // The worker runs built JavaScript: drop export conditions that point at sources.
      execArgv: withoutConditions(process.execArgv),
    });
    spawned.add(worker);
    let ready = false;
    const started = new Promise<Worker>((resolve, reject) => {
      worker.once('message', () => {
        ready = true;
        outstanding.set(worker, new Set());
        resolve(worker);
        worker.on('message', onResults);
      });
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`worker exited with ${code}`)));
    });
    const onResults = ({ ids, results }: WorkerResults) => {
      const mine = outstanding.get(worker);
      ids.forEach((id, i) => {
        mine?.delete(id);
        const done = callbacks.get(id);
        callbacks.delete(id);
        done?.(results[i]!);
      });
    };
    worker.on('error', () => {});
    worker.on('exit', () => {
      spawned.delete(worker);
      const lost = outstanding.get(worker) ?? new Set();
      outstanding.delete(worker);
      for (const id of lost) callbacks.delete(id);
      options.counters?.add('drop.worker_failed', lost.size);
      // Replace a worker that crashed after starting; one that never started would crash again.
      if (ready && !closing) spawn().catch(() => options.counters?.add('workers.respawn_failed'));
    });
    return started;
  }

  function flush(): void {
    flushScheduled = false;
    while (pending.length > 0) {
      const batch = pending.splice(0, MAX_BATCH);
      // The least busy worker takes the batch.
      let target: Worker | undefined;
      for (const [worker, ids] of outstanding) {
        if (!target || ids.size < outstanding.get(target)!.size) target = worker;
      }
      if (!target) {
        // Every worker is down (crashed at once): these packets are lost, and counted.
        for (const { id } of batch) callbacks.delete(id);
        options.counters?.add('drop.worker_failed', batch.length);
        continue;
      }
      const packets = new Uint8Array(batch.length * PACKET_LENGTH);
      batch.forEach(({ packet }, i) => packets.set(packet, i * PACKET_LENGTH));
      const ids = batch.map(({ id }) => id);
      for (const id of ids) outstanding.get(target)!.add(id);
      const message: WorkerBatch = { ids, packets };
      target.postMessage(message, [packets.buffer]);
    }
  }

  try {
    await Promise.all(Array.from({ length: options.threads }, spawn));
  } catch (error) {
    closing = true;
    await terminateAll();
    throw nodeError('mixnet.node_failed', `cannot start Sphinx workers from ${url.href}`, {
      cause: error,
    });
  }
  return {
    process(packet, done) {
      // Workers only see packets of the right length; anything else drops here.
      if (packet.length !== PACKET_LENGTH) return done({ kind: 'drop', reason: 'bad_length' });
      const id = nextId++;
      callbacks.set(id, done);
      pending.push({ id, packet });
      if (!flushScheduled) {
        flushScheduled = true;
        setImmediate(flush);
      }
    },
    async close() {
      closing = true;
      pending = [];
      callbacks.clear();
      await terminateAll();
    },
  };
}
