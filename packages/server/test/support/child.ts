// Scripts in their own Node process, on the TypeScript sources: test/support/sqlite-child.mjs
// here, the server's own program in helpers/server-child.ts.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const REGISTER = new URL('./ts-register.mjs', import.meta.url).href;
const SCRIPT = fileURLToPath(new URL('./sqlite-child.mjs', import.meta.url));

/** A Node process running `script` on the TypeScript sources, its stdout collected by line. */
export class SourceChild {
  /** Complete stdout lines so far. */
  readonly lines: string[] = [];
  /** Resolves once the process has exited and its output is fully read. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  readonly #process: ChildProcess;
  #partial = '';
  #stderr = '';
  #listeners = new Set<() => void>();

  constructor(script: string, args: readonly string[]) {
    this.#process = spawn(
      process.execPath,
      ['--conditions=@pastenym/source', '--import', REGISTER, script, ...args],
      { stdio: ['pipe', 'pipe', 'pipe'] },
    );
    this.#process.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      const parts = (this.#partial + chunk).split('\n');
      this.#partial = parts.pop() ?? '';
      this.lines.push(...parts);
      for (const listener of this.#listeners) listener();
    });
    this.#process.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      this.#stderr += chunk;
    });
    this.exited = new Promise((resolve) => {
      this.#process.on('close', (code, signal) => {
        resolve({ code, signal });
        for (const listener of this.#listeners) listener();
      });
    });
  }

  /** Resolves when `ready(lines)` holds; rejects if the process ends first. */
  waitFor(ready: (lines: readonly string[]) => boolean): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = (): void => {
        if (ready(this.lines)) {
          this.#listeners.delete(check);
          resolve();
        } else if (this.#process.exitCode !== null || this.#process.signalCode !== null) {
          this.#listeners.delete(check);
          reject(new Error(`child ended early; stderr:\n${this.#stderr}`));
        }
      };
      this.#listeners.add(check);
      check();
    });
  }

  /** Writes one line to the child's stdin. */
  send(line: string): void {
    this.#process.stdin?.write(`${line}\n`);
  }

  kill(signal: NodeJS.Signals): void {
    this.#process.kill(signal);
  }
}

/** test/support/sqlite-child.mjs with `args`. */
export class StoreChild extends SourceChild {
  constructor(args: readonly string[]) {
    super(SCRIPT, args);
  }
}
