import type BetterSqlite3 from 'better-sqlite3';
import { asBuffer } from '../buffers.js';
import { storageFull, storeClosed } from '../errors.js';
import type { StorageLimits } from '../limits.js';
import type { PasteRow } from '../record.js';
import { deleteOutcome, encodePaste, pasteColumnValues } from '../record.js';
import type {
  DeleteOutcome,
  ImportOutcome,
  NewPaste,
  Storage,
  StorageStats,
  ViewResult,
} from '../types.js';
import {
  checkBatchSize,
  checkImportKey,
  checkOwnerTokenHash,
  isPasteId,
  toSeconds,
} from '../validation.js';
import { sqliteError } from './errors.js';
import { prepareSqliteStatements, type SqliteStatements } from './statements.js';
import { readUnlimited, viewPaste } from './view.js';

const NOT_FOUND: ViewResult = { status: 'not_found' };
const SYNCHRONOUS_LEVELS = ['off', 'normal', 'full', 'extra'];

/** What `SqliteStorage.pragmas` reports. */
export interface SqlitePragmas {
  readonly journalMode: string;
  readonly synchronous: string;
  readonly busyTimeoutMs: number;
  readonly foreignKeys: boolean;
  readonly secureDelete: boolean;
}

/**
 * `Storage` on one better-sqlite3 connection. Every call that writes runs in an IMMEDIATE
 * transaction (see `viewPaste` for why that makes views exact). Open it with
 * `openSqliteStorage`.
 */
export class SqliteStorage implements Storage {
  #db: BetterSqlite3.Database | undefined;
  readonly #limits: StorageLimits;
  readonly #insert: BetterSqlite3.Transaction<(row: PasteRow) => void>;
  readonly #import: BetterSqlite3.Transaction<(row: PasteRow, key: Uint8Array) => ImportOutcome>;
  readonly #view: BetterSqlite3.Transaction<(id: string, nowSeconds: number) => ViewResult>;
  readonly #delete: BetterSqlite3.Transaction<(id: string, hash: Uint8Array) => DeleteOutcome>;
  readonly #sweep: BetterSqlite3.Statement;
  readonly #stats: BetterSqlite3.Statement;
  readonly #statements: SqliteStatements;

  /** Takes over an open, migrated connection. */
  constructor(db: BetterSqlite3.Database, limits: StorageLimits) {
    this.#db = db;
    this.#limits = limits;
    const s = prepareSqliteStatements(db);
    this.#statements = s;
    this.#sweep = s.sweep;
    this.#stats = s.stats;
    const insert = (row: PasteRow): void => {
      s.insertPaste.run(...pasteColumnValues(row));
      s.insertBundle.run(row.id, asBuffer(row.bundle));
    };
    this.#insert = db.transaction((row: PasteRow): void => {
      const stored = s.storedBytes.get() as number;
      if (stored + row.size > limits.maxStoredBytes) throw storageFull();
      insert(row);
    });
    this.#import = db.transaction((row: PasteRow, key: Uint8Array): ImportOutcome => {
      if (s.insertImport.run(asBuffer(key)).changes === 0) return 'already_imported';
      insert(row);
      return 'imported';
    });
    this.#view = db.transaction((id: string, nowSeconds: number) => viewPaste(s, id, nowSeconds));
    this.#delete = db.transaction((id: string, hash: Uint8Array): DeleteOutcome => {
      const row = s.selectOwner.get(id) as { owner_token_hash: Uint8Array | null } | undefined;
      const outcome = deleteOutcome(row?.owner_token_hash, hash);
      if (outcome === 'deleted') s.deletePaste.run(id);
      return outcome;
    });
  }

  create(paste: NewPaste): Promise<void> {
    return this.#run('create', () => this.#insert.immediate(encodePaste(paste, this.#limits)));
  }

  importPaste(paste: NewPaste, importKey: Uint8Array): Promise<ImportOutcome> {
    return this.#run('import', () => {
      checkImportKey(importKey);
      return this.#import.immediate(encodePaste(paste, this.#limits), importKey);
    });
  }

  view(id: string, now: number): Promise<ViewResult> {
    return this.#run('view', () => {
      const nowSeconds = toSeconds(now, 'now');
      return isPasteId(id) ? this.#view.immediate(id, nowSeconds) : NOT_FOUND;
    });
  }

  readUncounted(id: string, now: number): Promise<ViewResult> {
    return this.#run('view', () => {
      const nowSeconds = toSeconds(now, 'now');
      if (!isPasteId(id)) return NOT_FOUND;
      return (
        readUnlimited(this.#statements, id, nowSeconds) ?? this.#view.immediate(id, nowSeconds)
      );
    });
  }

  delete(id: string, ownerTokenHash: Uint8Array): Promise<DeleteOutcome> {
    return this.#run('delete', () => {
      checkOwnerTokenHash(ownerTokenHash);
      return isPasteId(id) ? this.#delete.immediate(id, ownerTokenHash) : 'not_found';
    });
  }

  sweepExpired(now: number, batchSize: number): Promise<number> {
    return this.#run('sweep', () => {
      const nowSeconds = toSeconds(now, 'now');
      checkBatchSize(batchSize);
      return this.#sweep.run(nowSeconds, batchSize).changes;
    });
  }

  stats(): Promise<StorageStats> {
    return this.#run('stats', () => {
      const row = this.#stats.get() as { pastes: number; bytes: number };
      return { pastes: row.pastes, bytes: row.bytes };
    });
  }

  scrub(): Promise<boolean> {
    return this.#run('scrub', () => {
      // Deleted rows are zeroed in their pages (secure_delete), but earlier images of those
      // pages stay in the log until it is overwritten: copy it back and cut it to zero bytes.
      const [result] = this.#db!.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
      return result?.busy === 0;
    });
  }

  /**
   * The connection's durability settings, for diagnostics and tests.
   * @throws StorageError `storage.closed`
   */
  pragmas(): SqlitePragmas {
    const db = this.#db;
    if (db === undefined) throw storeClosed('pragmas');
    const read = (name: string): unknown => db.pragma(name, { simple: true });
    return {
      journalMode: String(read('journal_mode')),
      synchronous: SYNCHRONOUS_LEVELS[Number(read('synchronous'))] ?? 'unknown',
      busyTimeoutMs: Number(read('busy_timeout')),
      foreignKeys: read('foreign_keys') === 1,
      secureDelete: read('secure_delete') === 1,
    };
  }

  close(): Promise<void> {
    const db = this.#db;
    this.#db = undefined;
    return db === undefined ? Promise.resolve() : this.#settle('close', () => void db.close());
  }

  #run<T>(during: string, work: () => T): Promise<T> {
    if (this.#db === undefined) return Promise.reject(storeClosed(during));
    return this.#settle(during, work);
  }

  #settle<T>(during: string, work: () => T): Promise<T> {
    try {
      return Promise.resolve(work());
    } catch (error) {
      return Promise.reject(sqliteError(error, during));
    }
  }
}
