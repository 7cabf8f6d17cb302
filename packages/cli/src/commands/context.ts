import type { CryptoProvider } from '@pastenym/crypto';
import type { PasteClient } from '@pastenym/paste-protocol';
import type { CliIo } from '../io.js';
import type { ProgressReporter } from '../output/reporter.js';

/** What every command gets from the runner. */
export interface CommandContext {
  readonly io: CliIo;
  readonly crypto: CryptoProvider;
  readonly progress: ProgressReporter;
  readonly json: boolean;
  /**
   * Runs `request` with a paste client of one server drawn at random (its transport opened now,
   * closed by the runner); when that server is offline (no answer in time), runs it once more
   * with a client of another server, if there is one.
   */
  withServer<T>(request: (client: PasteClient) => Promise<T>): Promise<T>;
  /** Writes a note for people on stderr, after clearing the progress line. */
  note(text: string): Promise<void>;
  /** Writes the result on stdout, after clearing the progress line. */
  print(chunk: string | Uint8Array): Promise<void>;
  /** Writes one JSON object and a newline on stdout. */
  printJson(value: Readonly<Record<string, unknown>>): Promise<void>;
}

/** The most content a paste may hold: what readers agree to open (paste-protocol's cap). */
export const MAX_CONTENT_BYTES = 64 * 1024 * 1024;
