import pg from 'pg';
import type { StorageLimits } from '../limits.js';
import { resolveLimits } from '../limits.js';
import { postgresError } from './errors.js';
import { migratePostgres } from './migrations.js';
import { PostgresStorage } from './store.js';
import { postgresTables } from './tables.js';

/** Where and how to open the PostgreSQL store. */
export interface PostgresStorageOptions {
  /**
   * A connection string or pool settings (the store creates and owns the pool), or an existing
   * `pg.Pool` (the caller keeps ownership: `close` leaves it open).
   */
  readonly connection: string | pg.PoolConfig | pg.Pool;
  /** Schema holding the tables, created when missing (default `pastenym`). */
  readonly schema?: string;
  readonly limits?: Partial<StorageLimits>;
}

/** The schema used when none is given. */
export const DEFAULT_POSTGRES_SCHEMA = 'pastenym';

/**
 * Connects, creates the schema when missing and applies pending migrations under an advisory
 * lock, so several servers may start at once.
 * @throws StorageError `storage.unavailable` (unreachable, refused), `storage.incompatible`
 *   (newer schema), `storage.invalid_argument` (schema name, limits), `storage.internal`
 *   (for instance missing privileges)
 * @example
 * const storage = await openPostgresStorage({ connection: 'postgres://pastenym@127.0.0.1/pastenym' });
 */
export async function openPostgresStorage(
  options: PostgresStorageOptions,
): Promise<PostgresStorage> {
  const schema = options.schema ?? DEFAULT_POSTGRES_SCHEMA;
  const tables = postgresTables(schema);
  const limits = resolveLimits(options.limits);
  const ownsPool = !(options.connection instanceof pg.Pool);
  const pool =
    options.connection instanceof pg.Pool
      ? options.connection
      : new pg.Pool(
          typeof options.connection === 'string'
            ? { connectionString: options.connection }
            : options.connection,
        );
  // An idle client that loses its connection emits 'error' on the pool, which would otherwise
  // crash the process; the pool already drops such clients, and the next query reports.
  if (ownsPool) pool.on('error', () => undefined);
  try {
    await migratePostgres(pool, tables, schema);
  } catch (error) {
    if (ownsPool) await pool.end().catch(() => undefined);
    throw postgresError(error, 'open');
  }
  return new PostgresStorage(pool, tables, limits, ownsPool);
}
