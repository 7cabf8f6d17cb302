import type { CryptoProvider } from '@pastenym/crypto';
import { utf8 } from '@pastenym/crypto';
import { ServerError } from '../errors.js';
import type { Storage } from '../storage/index.js';
import { v2RowToPaste, type V2Row, type V2RowPolicy, type V2SkipReason } from './v2-rows.js';

/** What an import did: counts only, never ids. */
export interface V2ImportReport {
  readonly rows: number;
  readonly imported: number;
  /** Imported by an earlier run (whether or not the paste still exists). */
  readonly alreadyImported: number;
  readonly skipped: Readonly<Record<V2SkipReason, number>>;
}

/** Domain of the import keys, so they can never match a key of another importer. */
const IMPORT_KEY_DOMAIN = 'pastenym import-v2\u0000';

/**
 * Imports the rows of an original database into `storage`. Every row is checked first: when
 * one is not understood, nothing is imported. Each paste is stored under an import key derived
 * from its id, so running again imports only what is new and never revives a paste that burned
 * or expired since (see `Storage.importPaste`).
 * @param rows called twice (check, then import), each time iterating the rows afresh
 * @throws {ServerError} `server.import_refused` (the message gives the row's position and the
 *   field, never its content); `StorageError` from the store
 * @example await importV2Rows(() => db.prepare('SELECT * FROM texts').iterate(), storage, ...)
 */
export async function importV2Rows(
  rows: () => Iterable<V2Row>,
  storage: Storage,
  policy: V2RowPolicy,
  crypto: Pick<CryptoProvider, 'sha256'>,
): Promise<V2ImportReport> {
  let position = 0;
  for (const row of rows()) {
    position++;
    const result = v2RowToPaste(row, policy);
    if (result.kind === 'invalid') {
      throw new ServerError('server.import_refused', `row ${position}: ${result.reason}`);
    }
  }
  const skipped: Record<V2SkipReason, number> = {
    expired: 0,
    used_up: 0,
    block_height: 0,
    ipfs: 0,
    too_large: 0,
  };
  let imported = 0;
  let alreadyImported = 0;
  let total = 0;
  for (const row of rows()) {
    total++;
    const result = v2RowToPaste(row, policy);
    if (result.kind === 'skip') skipped[result.reason]++;
    if (result.kind !== 'paste') continue;
    const key = crypto.sha256(utf8(IMPORT_KEY_DOMAIN + result.paste.id));
    const outcome = await storage.importPaste(result.paste, key);
    if (outcome === 'imported') imported++;
    else alreadyImported++;
  }
  return { rows: total, imported, alreadyImported, skipped };
}
