import { lstat, mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Attachment } from '@pastenym/paste-protocol';
import { uniqueFileNames, withSuffix } from '../content/file-names.js';
import { CliError } from '../errors.js';

/** A file written by {@link saveAttachments}. */
export interface SavedFile {
  readonly name: string;
  readonly type: string;
  readonly size: number;
  readonly path: string;
  /** The safe name first chosen, when that one was taken and another was used. */
  readonly wanted?: string;
}

/** Options of {@link saveAttachments}. */
export interface SaveOptions {
  readonly force: boolean;
  /**
   * When a name is taken: false refuses before writing anything; true (the paste is gone, so
   * refusing would lose it) saves under a free name (`name (1).ext`) and reports it.
   */
  readonly renameOnConflict: boolean;
}

/**
 * Saves attachments into `dir` (created if needed) under safe, distinct names. Files are
 * never overwritten without `force`: every write is exclusive (`wx`), so a file that appears
 * meanwhile is not clobbered either.
 * @throws {CliError} `cli.file_exists` (nothing written), `cli.unwritable`.
 */
export async function saveAttachments(
  files: readonly Attachment[],
  dir: string,
  options: SaveOptions,
): Promise<SavedFile[]> {
  const names = uniqueFileNames(files.map((file) => file.name));
  const taken = options.force ? [] : await existing(names.map((name) => join(dir, name)));
  if (taken.length > 0 && !options.renameOnConflict) {
    const list = taken.map((path) => basename(path)).join(', ');
    throw new CliError(
      'cli.file_exists',
      `refusing to overwrite ${list} in ${dir}: nothing was saved (use --force or --out DIR)`,
    );
  }
  await mkdir(dir, { recursive: true }).catch((error: unknown) => {
    throw new CliError('cli.unwritable', `cannot create ${dir}: ${(error as Error).message}`, {
      cause: error,
    });
  });
  const saved: SavedFile[] = [];
  for (const [i, file] of files.entries()) {
    const wanted = names[i]!;
    const name = taken.includes(join(dir, wanted)) ? await freeName(dir, wanted) : wanted;
    const path = join(dir, name);
    await writeNew(path, file.data, options.force);
    saved.push({
      name,
      type: file.type,
      size: file.data.length,
      path,
      ...(name === wanted ? {} : { wanted }),
    });
  }
  return saved;
}

/**
 * Fails early when `dir` exists but is not a directory, before a paste is fetched (and a view
 * spent) for nothing.
 * @throws {CliError} `cli.unwritable`.
 */
export async function checkOutputDir(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => undefined);
  if (info && !info.isDirectory())
    throw new CliError('cli.unwritable', `${dir} is not a directory`);
}

async function writeNew(path: string, data: Uint8Array, force: boolean): Promise<void> {
  try {
    // With --force, replace the entry itself rather than write through a symbolic link.
    if (force) await rm(path, { force: true });
    await writeFile(path, data, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new CliError(
        'cli.file_exists',
        `refusing to overwrite ${path} (it appeared meanwhile)`,
        { cause: error },
      );
    }
    throw new CliError('cli.unwritable', `cannot write ${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

async function existing(paths: readonly string[]): Promise<string[]> {
  const found = await Promise.all(
    paths.map((path) =>
      lstat(path).then(
        () => path,
        () => undefined,
      ),
    ),
  );
  return found.filter((path): path is string => path !== undefined);
}

async function freeName(dir: string, name: string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = withSuffix(name, n);
    if ((await existing([join(dir, candidate)])).length === 0) return candidate;
  }
}
