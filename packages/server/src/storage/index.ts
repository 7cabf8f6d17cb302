/**
 * The storage layer of the paste server: one `Storage` interface, a SQLite store (the default,
 * one file in the data directory) and a PostgreSQL store. See README.md in this folder.
 */
export type {
  Storage,
  NewPaste,
  ViewedPaste,
  ViewResult,
  DeleteOutcome,
  ImportOutcome,
  StorageStats,
  JsonValue,
} from './types.js';
export { StorageError, type StorageErrorCode } from './errors.js';
export { type StorageLimits, DEFAULT_STORAGE_LIMITS, resolveLimits } from './limits.js';
export {
  PASTE_ID_PATTERN,
  IMPORT_KEY_LENGTH,
  OWNER_TOKEN_HASH_LENGTH,
  MAX_VIEW_LIMIT,
  isPasteId,
  isFormatTag,
  isCalendarDay,
  utcDay,
} from './validation.js';
export type { Migration, AppliedMigration } from './migration.js';
export {
  openSqliteStorage,
  DEFAULT_SQLITE_FILE,
  type SqliteStorageOptions,
} from './sqlite/open.js';
export { SqliteStorage, type SqlitePragmas } from './sqlite/store.js';
export { SQLITE_MIGRATIONS } from './sqlite/migrations.js';
export {
  openPostgresStorage,
  DEFAULT_POSTGRES_SCHEMA,
  type PostgresStorageOptions,
} from './postgres/open.js';
export { PostgresStorage } from './postgres/store.js';
export { postgresMigrations } from './postgres/migrations.js';
export { postgresTables, SCHEMA_NAME_PATTERN, type PostgresTables } from './postgres/tables.js';
