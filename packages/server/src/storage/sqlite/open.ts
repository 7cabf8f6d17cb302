import { closeSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { StorageError } from '../errors.js';
import type { StorageLimits } from '../limits.js';
import { resolveLimits } from '../limits.js';
import { migrateSqlite } from './migrations.js';
import { sqliteError } from './errors.js';
import { SqliteStorage } from './store.js';

/** Where and how to open the SQLite store. */
export interface SqliteStorageOptions {
  /** Data directory; created (mode 0700) when missing. */
  readonly directory: string;
  /** Database file inside `directory` (default `pastenym.sqlite3`). */
  readonly fileName?: string;
  /** How long a write waits for another connection's lock before `storage.unavailable`. */
  readonly busyTimeoutMs?: number;
  readonly limits?: Partial<StorageLimits>;
}

/** The database file name used when none is given. */
export const DEFAULT_SQLITE_FILE = 'pastenym.sqlite3';

// Bounds the write-ahead log left on disk after a checkpoint (a 10 MiB paste passes through it).
const JOURNAL_SIZE_LIMIT = 16 * 1024 * 1024;

/**
 * Opens (creating if needed) the SQLite store, sets its durability pragmas and applies pending
 * migrations. Several stores may be open on one file, in one process or many.
 * @throws StorageError `storage.unavailable` (directory or file unusable, locked past the busy
 *   timeout), `storage.corrupt` (not a database), `storage.incompatible` (newer schema),
 *   `storage.invalid_argument` (limits)
 * @example
 * const storage = await openSqliteStorage({ directory: './data' });
 */
export function openSqliteStorage(options: SqliteStorageOptions): Promise<SqliteStorage> {
  let db: Database.Database | undefined;
  try {
    const limits = resolveLimits(options.limits);
    const busyTimeoutMs = options.busyTimeoutMs ?? 5000;
    if (!Number.isSafeInteger(busyTimeoutMs) || busyTimeoutMs < 0) {
      throw new StorageError('storage.invalid_argument', 'busyTimeoutMs must be an integer >= 0');
    }
    mkdirSync(options.directory, { recursive: true, mode: 0o700 });
    const file = join(options.directory, options.fileName ?? DEFAULT_SQLITE_FILE);
    // Create the file owner-only first: SQLite gives its -wal and -shm files the same mode.
    closeSync(openSync(file, 'a', 0o600));
    db = new Database(file, { fileMustExist: true, timeout: busyTimeoutMs });
    configure(db);
    migrateSqlite(db);
    return Promise.resolve(new SqliteStorage(db, limits));
  } catch (error) {
    db?.close();
    return Promise.reject(sqliteError(error, 'open'));
  }
}

function configure(db: Database.Database): void {
  // WAL: readers never block the writer, and a commit is one append to the log.
  const mode = db.pragma('journal_mode = WAL', { simple: true });
  if (mode !== 'wal') {
    throw new StorageError('storage.unavailable', `open: WAL mode refused (got ${String(mode)})`);
  }
  // FULL fsyncs the log at every commit: an acknowledged paste survives power loss, not just a
  // crash of this process (NORMAL would only promise the latter in WAL mode).
  db.pragma('synchronous = FULL');
  // Bundles live in their own table and go with their paste through ON DELETE CASCADE.
  db.pragma('foreign_keys = ON');
  // Overwrite deleted content with zeros so a burnt paste does not linger in free pages.
  db.pragma('secure_delete = ON');
  db.pragma(`journal_size_limit = ${JOURNAL_SIZE_LIMIT}`);
}
