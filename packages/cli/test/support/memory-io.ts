// In-memory streams for running the command in process.
import { systemClock } from '@pastenym/runtime';
import type { CliInput, CliIo, CliOutput } from '../../src/index.js';

/** An output that keeps everything written to it. */
export interface CapturedOutput extends CliOutput {
  bytes(): Uint8Array;
  text(): string;
}

export function capturedOutput(isTTY = false): CapturedOutput {
  const chunks: Uint8Array[] = [];
  return {
    isTTY,
    columns: 100,
    write(chunk) {
      chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk.slice());
      return Promise.resolve();
    },
    bytes: () => Buffer.concat(chunks),
    text: () => Buffer.concat(chunks).toString('utf8'),
  };
}

/** Standard input holding `data` (in chunks of `chunkSize`), or a terminal typing `keys`. */
export function memoryInput(
  data: Uint8Array | string = new Uint8Array(0),
  options: { isTTY?: boolean; chunkSize?: number; rawMode?: boolean[] } = {},
): CliInput {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const size = options.chunkSize ?? 65_536;
  return {
    isTTY: options.isTTY ?? false,
    ...(options.rawMode ? { setRawMode: (raw: boolean) => options.rawMode!.push(raw) } : {}),
    async *[Symbol.asyncIterator]() {
      for (let i = 0; i < bytes.length; i += size) {
        await Promise.resolve();
        yield bytes.slice(i, i + size);
      }
    },
  };
}

export interface RunResult {
  readonly code: number;
  readonly stdout: Uint8Array;
  readonly out: string;
  readonly err: string;
  json(): Record<string, unknown>;
}

export interface IoOptions {
  readonly stdin?: CliInput;
  readonly stdoutTTY?: boolean;
  readonly stderrTTY?: boolean;
  readonly env?: Record<string, string>;
  readonly cwd: string;
}

/** Builds an io and the function that collects what a run printed. */
export function memoryIo(options: IoOptions): { io: CliIo; result: (code: number) => RunResult } {
  const stdout = capturedOutput(options.stdoutTTY);
  const stderr = capturedOutput(options.stderrTTY);
  const io: CliIo = {
    stdin: options.stdin ?? memoryInput(new Uint8Array(0), { isTTY: true }),
    stdout,
    stderr,
    env: options.env ?? {},
    cwd: options.cwd,
    clock: systemClock,
  };
  return {
    io,
    result: (code) => ({
      code,
      stdout: stdout.bytes(),
      out: stdout.text(),
      err: stderr.text(),
      json: () => JSON.parse(stdout.text()) as Record<string, unknown>,
    }),
  };
}
