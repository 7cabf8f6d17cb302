import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { StackError } from '../errors.js';

/** A paste server in a process of its own. */
export interface ServerProcess {
  readonly address: string;
  /** Ends it at once (SIGKILL): no draining, no closing of the store. */
  kill(): Promise<void>;
  /** Ends it gracefully (SIGTERM). */
  stop(): Promise<void>;
}

/** How to start it: the built `pastenym-server` with a SQLite store. */
export interface ServerProcessOptions {
  readonly nymClientUrl: string;
  readonly dataDir: string;
  /** Extra flags (`--pow-difficulty 8`, ...). */
  readonly flags?: readonly string[];
  readonly startTimeoutMs?: number;
}

const ADDRESS_LINE = /^pastenym-server address: (\S+)$/m;

/**
 * Starts `pastenym-server` (the built program of `@pastenym/server`) as a child process on
 * `--store sqlite` in `dataDir`, and resolves once it prints its address (it is then serving).
 * Its environment has no `PASTENYM_SERVER_*` variable: only the flags given here count.
 * @throws {StackError} `stack.server_failed` when it exits or says nothing in time
 * @example const server = await startServerProcess({ nymClientUrl: daemon.url, dataDir });
 */
export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('PASTENYM_SERVER_')),
  );
  const args = [
    serverBin(),
    ...['--nym-client', options.nymClientUrl, '--store', 'sqlite', '--data-dir', options.dataDir],
    ...['--log-level', 'error', ...(options.flags ?? [])],
  ];
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000); // the last lines, for a failed start
  });
  // Ours to end: if this process exits first (interrupted), the server goes with it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      process.off('exit', killOnExit);
      resolve();
    }),
  );
  const address = await new Promise<string>((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new StackError('stack.server_failed', `the paste server ${why}:\n${stderr}`));
    };
    const timer = setTimeout(() => fail('did not start in time'), options.startTimeoutMs ?? 30_000);
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      const match = ADDRESS_LINE.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    void exited.then(() => fail('exited'));
  });
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return { address, kill: () => end('SIGKILL'), stop: () => end('SIGTERM') };
}

/**
 * `pastenym-server`'s entry, found by walking up to a `node_modules` that holds the package
 * (this module sits in `src/chaos/` when run from sources and in `dist/src/chaos/` when built).
 */
function serverBin(): string {
  const relative = join('node_modules', '@pastenym', 'server', 'bin', 'pastenym-server.mjs');
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 8; up++) {
    if (existsSync(join(dir, relative))) return join(dir, relative);
    dir = dirname(dir);
  }
  throw new StackError('stack.server_failed', `no ${relative} above ${dir}: run npm ci`);
}
