import { StorageError } from './errors.js';

/** One step of a store's schema history: SQL statements applied together, never edited. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly statements: readonly string[];
}

/** A row of `schema_migrations`. */
export interface AppliedMigration {
  readonly version: number;
  readonly name: string;
}

/**
 * The migrations still to apply, given those recorded in `schema_migrations`. Versions are
 * applied in order and recorded with their names, so the recorded set must be a prefix of the
 * known list.
 * @throws StorageError `storage.incompatible` when the database knows a version this code does
 *   not (a newer release migrated it); `storage.corrupt` when a recorded name differs or a gap
 *   appears
 */
export function pendingMigrations(
  known: readonly Migration[],
  applied: readonly AppliedMigration[],
): Migration[] {
  const byVersion = new Map(known.map((migration) => [migration.version, migration]));
  for (const row of applied) {
    const migration = byVersion.get(row.version);
    if (migration === undefined) {
      throw new StorageError(
        'storage.incompatible',
        `database schema version ${row.version} is newer than this release knows`,
      );
    }
    if (migration.name !== row.name) {
      throw new StorageError(
        'storage.corrupt',
        `schema migration ${row.version} is recorded as "${row.name}", expected "${migration.name}"`,
      );
    }
  }
  const done = new Set(applied.map((row) => row.version));
  const pending = known.filter((migration) => !done.has(migration.version));
  const firstPending = pending[0]?.version ?? Infinity;
  if (applied.some((row) => row.version > firstPending)) {
    throw new StorageError('storage.corrupt', `schema migration ${firstPending} was skipped`);
  }
  return pending;
}
