// The real `pastenym-server` program (src/node/main.ts) in its own Node process, on the
// TypeScript sources, with its stdout read line by line.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const REGISTER = new URL('../support/ts-register.mjs', import.meta.url).href;
const MAIN = fileURLToPath(new URL('../../src/node/main.ts', import.meta.url));

export class ServerChild {
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  readonly #process: ChildProcess;
  #stdout = '';
  #stderr = '';

  constructor(args: readonly string[]) {
    this.#process = spawn(
      process.execPath,
      ['--conditions=@pastenym/source', '--import', REGISTER, MAIN, ...args],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.#process.stdout
      ?.setEncoding('utf8')
      .on('data', (chunk: string) => (this.#stdout += chunk));
    this.#process.stderr
      ?.setEncoding('utf8')
      .on('data', (chunk: string) => (this.#stderr += chunk));
    this.exited = new Promise((resolve) =>
      this.#process.on('close', (code, signal) => resolve({ code, signal })),
    );
  }

  /** Resolves with the address the server printed; rejects if it exits first. */
  async address(): Promise<string> {
    for (;;) {
      const match = /pastenym-server address: (\S+)\n/.exec(this.#stdout);
      if (match) return match[1]!;
      if (this.#process.exitCode !== null || this.#process.signalCode !== null) {
        throw new Error(`server exited early; stderr:\n${this.#stderr}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  get stderr(): string {
    return this.#stderr;
  }

  kill(signal: NodeJS.Signals): void {
    this.#process.kill(signal);
  }
}
