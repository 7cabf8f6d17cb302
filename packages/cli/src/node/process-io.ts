import { systemClock } from '@pastenym/runtime';
import type { CliIo, CliOutput } from '../io.js';

/**
 * The real process's streams, environment, directory and clock. Errors on stdout and stderr
 * (a closed pipe, as with `| head -1`) reject the pending write instead of crashing.
 * @example process.exitCode = await runCli(process.argv.slice(2), processIo());
 */
export function processIo(): CliIo {
  return {
    stdin: process.stdin,
    stdout: nodeOutput(process.stdout),
    stderr: nodeOutput(process.stderr),
    env: process.env,
    cwd: process.cwd(),
    clock: systemClock,
  };
}

function nodeOutput(stream: NodeJS.WriteStream): CliOutput {
  stream.on('error', () => undefined); // reported through the write callbacks
  return {
    get isTTY() {
      return stream.isTTY;
    },
    get columns() {
      return stream.columns;
    },
    write: (chunk) =>
      new Promise<void>((resolve, reject) => {
        stream.write(chunk, (error) => (error ? reject(error) : resolve()));
      }),
  };
}
