import type BetterSqlite3 from 'better-sqlite3';
import type { AppliedMigration, Migration } from '../migration.js';
import { pendingMigrations } from '../migration.js';

/**
 * The SQLite schema history. Append new versions; never edit a released one.
 * Bundles sit in their own table so that counting a view rewrites a small row, not the bundle
 * (SQLite rewrites a whole row on UPDATE); `ON DELETE CASCADE` removes them with the paste.
 */
export const SQLITE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'pastes',
    statements: [
      `CREATE TABLE pastes (
        id TEXT PRIMARY KEY NOT NULL,
        size INTEGER NOT NULL CHECK (size >= 0),
        format TEXT NOT NULL,
        metadata TEXT,
        owner_token_hash BLOB CHECK (owner_token_hash IS NULL OR length(owner_token_hash) = 32),
        expires_at INTEGER,
        max_views INTEGER CHECK (max_views IS NULL OR max_views >= 1),
        views INTEGER NOT NULL DEFAULT 0
          CHECK (views >= 0 AND (max_views IS NULL OR views <= max_views)),
        created_day TEXT NOT NULL
          CHECK (created_day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
      ) STRICT`,
      `CREATE TABLE paste_bundles (
        id TEXT PRIMARY KEY NOT NULL REFERENCES pastes (id) ON DELETE CASCADE,
        bundle BLOB NOT NULL
      ) STRICT`,
      `CREATE INDEX pastes_expires_at ON pastes (expires_at) WHERE expires_at IS NOT NULL`,
    ],
  },
  {
    version: 2,
    name: 'imports',
    // Keys of imported pastes, kept after the paste is gone so that an import never revives it.
    statements: [
      `CREATE TABLE imports (
        key BLOB PRIMARY KEY NOT NULL CHECK (length(key) = 32)
      ) STRICT, WITHOUT ROWID`,
    ],
  },
  {
    version: 3,
    name: 'stored bytes',
    // One row kept exact by triggers, whichever way a paste goes (burn, delete, sweep, expiry
    // on read), so the quota check reads one row rather than summing every paste.
    statements: [
      `CREATE TABLE stored_bytes (
        id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
        bytes INTEGER NOT NULL CHECK (bytes >= 0)
      ) STRICT`,
      `INSERT INTO stored_bytes (id, bytes) SELECT 1, coalesce(sum(size), 0) FROM pastes`,
      `CREATE TRIGGER pastes_stored_bytes_insert AFTER INSERT ON pastes BEGIN
        UPDATE stored_bytes SET bytes = bytes + NEW.size WHERE id = 1;
      END`,
      `CREATE TRIGGER pastes_stored_bytes_delete AFTER DELETE ON pastes BEGIN
        UPDATE stored_bytes SET bytes = bytes - OLD.size WHERE id = 1;
      END`,
    ],
  },
];

/**
 * Brings the schema up to date in one IMMEDIATE transaction: the write lock is taken before
 * `schema_migrations` is read, so two processes opening the same file cannot both apply a step,
 * and a crash leaves either the old schema or the new one. Reopening applies nothing.
 * @throws StorageError `storage.incompatible`, `storage.corrupt` (see `pendingMigrations`); the
 *   driver's errors otherwise
 */
export function migrateSqlite(
  db: BetterSqlite3.Database,
  migrations: readonly Migration[] = SQLITE_MIGRATIONS,
): void {
  const migrate = db.transaction(() => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY NOT NULL,
      name TEXT NOT NULL
    ) STRICT`);
    const applied = db
      .prepare('SELECT version, name FROM schema_migrations ORDER BY version')
      .all() as AppliedMigration[];
    const record = db.prepare('INSERT INTO schema_migrations (version, name) VALUES (?, ?)');
    for (const migration of pendingMigrations(migrations, applied)) {
      for (const statement of migration.statements) db.exec(statement);
      record.run(migration.version, migration.name);
    }
  });
  migrate.immediate();
}
