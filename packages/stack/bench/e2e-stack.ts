// The benchmark's side of the stack process (e2e-stack-process.ts): start it, read the
// gateways' counters, stop it.
import { fork } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CounterSnapshot } from '@pastenym/mixnet/node';
import { StackError } from '../src/errors.js';

/** The launcher's two layouts: every mixnet node in the stack's process, or one process each. */
export type Layout = 'in-process' | 'process-per-node';

export interface StackProcessConfig {
  readonly layout: Layout;
  readonly dataDir: string;
  readonly webRoot: string;
  readonly serverFlags: readonly string[];
}

export type StackProcessRequest =
  { readonly type: 'counters'; readonly id: number } | { readonly type: 'stop' };

export type StackProcessMessage =
  | {
      readonly type: 'ready';
      readonly directoryUrl: string;
      readonly directoryKey: string;
      readonly gateways: readonly string[];
      readonly serverAddress: string;
    }
  | { readonly type: 'counters'; readonly id: number; readonly counters: CounterSnapshot }
  | { readonly type: 'failed'; readonly code: string; readonly message: string };

/** A running stack, as the benchmark's clients see it. */
export interface BenchStack {
  readonly layout: Layout;
  /** The stack's data directory: the CLI finds the server and the mixnet through it. */
  readonly dataDir: string;
  readonly directoryUrl: string;
  readonly directoryKey: string;
  readonly gateways: readonly string[];
  /** The paste server's mixnet address (what `server.json` in `dataDir` holds). */
  readonly serverAddress: string;
  /** The gateways' counters, summed. */
  counters(): Promise<CounterSnapshot>;
  stop(): Promise<void>;
}

/**
 * Proof of work fixed at 8 bits: the server's default (16 bits, rising with the create rate)
 * would measure the anti-spam rule, not the path.
 */
const SERVER_FLAGS = ['--pow-difficulty', '8', '--pow-max-difficulty', '8'];
const START_TIMEOUT_MS = 120_000;

/**
 * Starts the stack in a child process with `layout`, on free ports, in a temporary directory.
 * @throws {StackError} `stack.bench_failed` when it does not start
 */
export async function startBenchStack(layout: Layout): Promise<BenchStack> {
  const dir = await mkdtemp(join(tmpdir(), 'pastenym-bench-e2e-'));
  // No request reaches the web app on the measured path: a page is enough to start it.
  const webRoot = join(dir, 'web');
  await mkdir(webRoot);
  await writeFile(join(webRoot, 'index.html'), '<!doctype html><title>bench</title>\n');
  const config: StackProcessConfig = {
    layout,
    dataDir: join(dir, 'data'),
    webRoot,
    serverFlags: SERVER_FLAGS,
  };
  const child = fork(new URL('./e2e-stack-process.js', import.meta.url), [JSON.stringify(config)], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const cleanUp = async () => {
    await exited;
    await rm(dir, { recursive: true, force: true });
  };
  const ready = await new Promise<StackProcessMessage>((resolve) => {
    const timer = setTimeout(
      () => resolve({ type: 'failed', code: '', message: 'no answer' }),
      START_TIMEOUT_MS,
    );
    child.once(
      'message',
      (message: StackProcessMessage) => (clearTimeout(timer), resolve(message)),
    );
    void exited.then(() => resolve({ type: 'failed', code: '', message: 'it exited' }));
  });
  if (ready.type !== 'ready') {
    child.kill('SIGKILL');
    await cleanUp();
    const detail = ready.type === 'failed' ? ready.message : 'unexpected message';
    throw new StackError('stack.bench_failed', `the stack did not start: ${detail}`);
  }
  let nextId = 0;
  return {
    layout,
    dataDir: config.dataDir,
    directoryUrl: ready.directoryUrl,
    directoryKey: ready.directoryKey,
    gateways: ready.gateways,
    serverAddress: ready.serverAddress,
    counters() {
      const id = nextId++;
      if (!child.connected) {
        return Promise.reject(new StackError('stack.bench_failed', 'the stack process is gone'));
      }
      return new Promise((resolve) => {
        const listener = (message: StackProcessMessage) => {
          if (message.type !== 'counters' || message.id !== id) return;
          child.off('message', listener);
          resolve(message.counters);
        };
        child.on('message', listener);
        child.send({ type: 'counters', id } satisfies StackProcessRequest);
      });
    },
    async stop() {
      if (child.connected) child.send({ type: 'stop' } satisfies StackProcessRequest);
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await cleanUp();
      clearTimeout(timer);
    },
  };
}
