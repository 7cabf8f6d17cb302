import type { Pool } from 'pg';
import type { AppliedMigration, Migration } from '../migration.js';
import { pendingMigrations } from '../migration.js';
import type { PostgresTables } from './tables.js';
import { withTransaction } from './transaction.js';

/**
 * The PostgreSQL schema history, the same tables as SQLite's. Append; never edit a released
 * version. Bundles are stored EXTERNAL: out of line and uncompressed, as ciphertext does not
 * compress and counting a view then never touches them.
 */
export function postgresMigrations(t: PostgresTables): readonly Migration[] {
  return [
    {
      version: 1,
      name: 'pastes',
      statements: [
        `CREATE TABLE ${t.pastes} (
          id TEXT COLLATE "C" PRIMARY KEY,
          size INTEGER NOT NULL CHECK (size >= 0),
          format TEXT NOT NULL,
          metadata TEXT,
          owner_token_hash BYTEA
            CHECK (owner_token_hash IS NULL OR length(owner_token_hash) = 32),
          expires_at BIGINT,
          max_views INTEGER CHECK (max_views IS NULL OR max_views >= 1),
          views BIGINT NOT NULL DEFAULT 0
            CHECK (views >= 0 AND (max_views IS NULL OR views <= max_views)),
          created_day DATE NOT NULL
        )`,
        `CREATE TABLE ${t.bundles} (
          id TEXT COLLATE "C" PRIMARY KEY REFERENCES ${t.pastes} (id) ON DELETE CASCADE,
          bundle BYTEA NOT NULL
        )`,
        `ALTER TABLE ${t.bundles} ALTER COLUMN bundle SET STORAGE EXTERNAL`,
        `CREATE INDEX pastes_expires_at ON ${t.pastes} (expires_at) WHERE expires_at IS NOT NULL`,
      ],
    },
    {
      version: 2,
      name: 'imports',
      // Keys of imported pastes, kept after the paste is gone so that an import never revives it.
      statements: [`CREATE TABLE ${t.imports} (key BYTEA PRIMARY KEY CHECK (length(key) = 32))`],
    },
    {
      version: 3,
      name: 'stored bytes',
      // One row kept exact by a trigger, whichever way a paste goes (burn, delete, sweep,
      // expiry on read). Row-level AFTER triggers run at the end of their statement, so a
      // delete locks its paste rows before this row, as every transaction here does.
      statements: [
        `CREATE TABLE ${t.storedBytes} (
          id INTEGER PRIMARY KEY CHECK (id = 1),
          bytes BIGINT NOT NULL CHECK (bytes >= 0)
        )`,
        `INSERT INTO ${t.storedBytes} (id, bytes) SELECT 1, coalesce(sum(size), 0) FROM ${t.pastes}`,
        `CREATE FUNCTION ${t.countStoredBytes}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'INSERT' THEN
            UPDATE ${t.storedBytes} SET bytes = bytes + NEW.size WHERE id = 1;
          ELSE
            UPDATE ${t.storedBytes} SET bytes = bytes - OLD.size WHERE id = 1;
          END IF;
          RETURN NULL;
        END $$`,
        `CREATE TRIGGER pastes_stored_bytes AFTER INSERT OR DELETE ON ${t.pastes}
          FOR EACH ROW EXECUTE FUNCTION ${t.countStoredBytes}()`,
      ],
    },
  ];
}

// First key of the two-key advisory lock space: "past" in ASCII, to stay clear of other users.
const LOCK_NAMESPACE = 0x70617374;

/**
 * Brings the schema up to date in one transaction holding a transaction-scoped advisory lock
 * keyed by the schema name: servers starting together wait for each other instead of racing,
 * and PostgreSQL's transactional DDL leaves either the old schema or the new one.
 * @throws StorageError `storage.incompatible`, `storage.corrupt` (see `pendingMigrations`); the
 *   driver's errors otherwise
 */
export async function migratePostgres(
  pool: Pool,
  tables: PostgresTables,
  schemaName: string,
): Promise<void> {
  await withTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
      LOCK_NAMESPACE,
      schemaName,
    ]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${tables.schema}`);
    await client.query(`CREATE TABLE IF NOT EXISTS ${tables.migrations} (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL
    )`);
    const applied = await client.query<AppliedMigration>(
      `SELECT version, name FROM ${tables.migrations} ORDER BY version`,
    );
    for (const migration of pendingMigrations(postgresMigrations(tables), applied.rows)) {
      for (const statement of migration.statements) await client.query(statement);
      await client.query(`INSERT INTO ${tables.migrations} (version, name) VALUES ($1, $2)`, [
        migration.version,
        migration.name,
      ]);
    }
  });
}
