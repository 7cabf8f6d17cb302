import type { Clock } from '@pastenym/runtime';

/** Standard input as the command sees it: chunks, and terminal controls when it is one. */
export interface CliInput extends AsyncIterable<Uint8Array | string> {
  readonly isTTY?: boolean;
  /** Present on terminals: raw mode reads keys one by one without echo (password prompts). */
  setRawMode?(raw: boolean): unknown;
}

/** An output stream; `write` resolves once the chunk has been handed to the system. */
export interface CliOutput {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(chunk: string | Uint8Array): Promise<void>;
}

/** Everything the command touches outside itself, besides files and the network. */
export interface CliIo {
  readonly stdin: CliInput;
  readonly stdout: CliOutput;
  readonly stderr: CliOutput;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Relative paths (files, `--out`, `--data-dir`) are resolved against it. */
  readonly cwd: string;
  /** Injected so tests control time (`ManualClock` of `@pastenym/runtime/testing`). */
  readonly clock: Clock;
}
