import Database from 'better-sqlite3';
import { createNodeCrypto } from '@pastenym/crypto/node';
import { ServerError } from '../errors.js';
import { importV2Rows, type V2ImportReport } from '../import/v2-import.js';
import type { V2Row } from '../import/v2-rows.js';
import { V2_TABLE, v2SchemaProblem } from '../import/v2-schema.js';
import type { ServerConfig } from './config-schema.js';
import { openConfiguredStorage } from './storage.js';

/**
 * `pastenym-server import-v2 PATH`: imports the original backend's SQLite database at `path`
 * into the store `config` names. The source is opened read-only and never changed.
 * @throws {ServerError} `server.import_refused` for a file that is not an original database
 *   or holds a row it does not understand; `StorageError` from our store
 */
export async function importV2Database(
  path: string,
  config: ServerConfig,
  now: number,
): Promise<V2ImportReport> {
  let source: Database.Database;
  try {
    source = new Database(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new ServerError('server.import_refused', 'cannot open the file as SQLite', {
      cause: error,
    });
  }
  try {
    const columns = tableColumns(source);
    const problem = columns.length === 0 ? `no table ${V2_TABLE}` : v2SchemaProblem(columns);
    if (problem !== undefined) {
      throw new ServerError(
        'server.import_refused',
        `not an original Pastenym database: ${problem}`,
      );
    }
    const select = source.prepare(`SELECT * FROM "${V2_TABLE}" ORDER BY rowid`);
    const storage = await openConfiguredStorage(config);
    try {
      const choices = config.expiryChoices;
      return await importV2Rows(
        () => select.iterate() as Iterable<V2Row>,
        storage,
        {
          now,
          maxLifetimeSeconds: choices.includes(0) ? null : Math.max(...choices),
          maxBundleBytes: config.maxBundleBytes,
        },
        createNodeCrypto(),
      );
    } finally {
      await storage.close();
    }
  } finally {
    source.close();
  }
}

function tableColumns(db: Database.Database): string[] {
  try {
    const rows = db.prepare(`PRAGMA table_info("${V2_TABLE}")`).all() as { name: string }[];
    return rows.map((row) => row.name);
  } catch (error) {
    // Not a database at all (better-sqlite3 reads the header lazily).
    throw new ServerError('server.import_refused', 'not a SQLite database', { cause: error });
  }
}

/** The report as the command prints it. */
export function formatV2ImportReport(report: V2ImportReport): string {
  const { skipped } = report;
  return [
    `rows read: ${report.rows}`,
    `imported: ${report.imported}`,
    `already imported by an earlier run: ${report.alreadyImported}`,
    `skipped, expired: ${skipped.expired}`,
    `skipped, all views used: ${skipped.used_up}`,
    `skipped, expiry at a block height (not supported): ${skipped.block_height}`,
    `skipped, stored on IPFS (not supported): ${skipped.ipfs}`,
    `skipped, larger than --max-bundle-bytes: ${skipped.too_large}`,
  ].join('\n');
}
