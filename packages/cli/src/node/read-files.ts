import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Attachment } from '@pastenym/paste-protocol';
import { mediaType } from '../content/file-names.js';
import { CliError } from '../errors.js';
import { formatBytes } from '../output/terminal.js';

/**
 * Reads the files to attach, refusing before reading anything when together they exceed
 * `maxBytes` (what a reader would agree to open).
 * @throws {CliError} `cli.unreadable` (missing, a directory, unreadable), `cli.too_large`.
 */
export async function readAttachments(
  paths: readonly string[],
  cwd: string,
  maxBytes: number,
): Promise<Attachment[]> {
  const full = paths.map((path) => resolve(cwd, path));
  let total = 0;
  for (const [i, path] of full.entries()) {
    const info = await stat(path).catch((error: unknown) => {
      throw unreadable(paths[i]!, error);
    });
    if (!info.isFile()) throw new CliError('cli.unreadable', `${paths[i]} is not a file`);
    total += info.size;
  }
  if (total > maxBytes) {
    throw new CliError(
      'cli.too_large',
      `the files add up to ${formatBytes(total)}; a paste holds at most ${formatBytes(maxBytes)}`,
    );
  }
  return Promise.all(
    full.map(async (path, i) => {
      const data = await readFile(path).catch((error: unknown) => {
        throw unreadable(paths[i]!, error);
      });
      const name = basename(path);
      return {
        name,
        type: mediaType(name),
        data: new Uint8Array(data.buffer, data.byteOffset, data.length),
      };
    }),
  );
}

function unreadable(path: string, error: unknown): CliError {
  const reason =
    (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
  return new CliError('cli.unreadable', `cannot read ${path}: ${reason}`, { cause: error });
}
