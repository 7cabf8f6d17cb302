// The real `pastenym-server` program (src/node/main.ts) in its own Node process, on the
// TypeScript sources, with its stdout read line by line.
import { fileURLToPath } from 'node:url';
import { SourceChild } from '../support/child.js';

const MAIN = fileURLToPath(new URL('../../src/node/main.ts', import.meta.url));
const PRINTED_ADDRESS = /pastenym-server address: (\S+)$/;

const addressIn = (lines: readonly string[]): string | undefined =>
  lines.map((line) => PRINTED_ADDRESS.exec(line)?.[1]).find((found) => found !== undefined);

export class ServerChild extends SourceChild {
  constructor(args: readonly string[]) {
    super(MAIN, args);
  }

  /** Resolves with the address the server printed; rejects if it exits first. */
  async address(): Promise<string> {
    await this.waitFor((lines) => addressIn(lines) !== undefined);
    return addressIn(this.lines)!;
  }
}
