import { concatBytes } from '@pastenym/crypto';
import { CliError } from '../errors.js';
import type { CliInput } from '../io.js';
import { formatBytes } from '../output/terminal.js';

/**
 * Reads standard input to its end, every byte as it came (no decoding, no newline handling).
 * @throws {CliError} `cli.too_large` past `maxBytes`, naming the limit.
 * @example const bytes = await readAllInput(io.stdin, 64 * 1024 * 1024);
 */
export async function readAllInput(input: CliInput, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    total += bytes.length;
    if (total > maxBytes) {
      throw new CliError(
        'cli.too_large',
        `stdin is larger than ${formatBytes(maxBytes)}, the most a paste can hold`,
      );
    }
    chunks.push(bytes);
  }
  return concatBytes(...chunks);
}
