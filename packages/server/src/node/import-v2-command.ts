import { StorageError } from '../storage/index.js';
import { ServerError } from '../errors.js';
import type { CliIo } from './cli.js';
import { parseConfig } from './config.js';
import { formatV2ImportReport, importV2Database } from './import-v2.js';

const USAGE = `Usage: pastenym-server import-v2 PATH [store options]

Imports the original Pastenym backend's SQLite database (its texts table) into this server's
store: ids (8 characters included), texts, encryption parameters, burn and view counts, expiry,
public or private, creation day. The file is opened read-only and never changed. Running again
imports only what is new, and never brings back a paste burned or expired since. Pastes with
expiry at a block height or on IPFS, expired and used-up pastes are skipped and counted.

Store options are the server's: --store, --data-dir, --postgres-url, --postgres-schema,
--max-bundle-bytes, --expiry-choices (and their PASTENYM_SERVER_* variables).`;

/**
 * `pastenym-server import-v2 PATH [options]`. Resolves to the exit code: 0 after an import (the
 * counts on stdout), 2 for bad usage or configuration, 1 when the database was refused or the
 * store failed. Messages name no paste ids.
 */
export async function runImportV2(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  io: CliIo,
  now: () => number = Date.now,
): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const [path, ...options] = argv;
  if (path === undefined || path.startsWith('-')) {
    io.stderr(`pastenym-server import-v2: the database path comes first\n\n${USAGE}\n`);
    return 2;
  }
  let request;
  try {
    request = parseConfig(options, env);
  } catch (error) {
    if (!(error instanceof ServerError)) throw error;
    io.stderr(`pastenym-server import-v2: ${error.message}\n`);
    return 2;
  }
  if (request.kind === 'help') return 0;
  try {
    const report = await importV2Database(path, request.config, now());
    io.stdout(`${formatV2ImportReport(report)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof ServerError || error instanceof StorageError)) throw error;
    io.stderr(`pastenym-server import-v2: ${error.code}: ${error.message}\n`);
    return 1;
  }
}
