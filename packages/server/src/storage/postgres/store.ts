import type { Pool } from 'pg';
import { asBuffer } from '../buffers.js';
import { storageFull, storeClosed } from '../errors.js';
import type { StorageLimits } from '../limits.js';
import { deleteOutcome, encodePaste, pasteColumnValues } from '../record.js';
import type { PoolClient } from 'pg';
import type { PasteRow } from '../record.js';
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
import { postgresError } from './errors.js';
import type { PostgresTables } from './tables.js';
import { withTransaction } from './transaction.js';
import { readUnlimited, viewInTransaction } from './view.js';

const NOT_FOUND: ViewResult = { status: 'not_found' };
const SCRUB_LOCK_TIMEOUT_MS = 2000;

function isLockTimeout(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === '55P03';
}

/**
 * `Storage` on a `pg` pool; views are counted by `viewInTransaction`. Open it with
 * `openPostgresStorage`.
 */
export class PostgresStorage implements Storage {
  #pool: Pool | undefined;
  readonly #t: PostgresTables;
  readonly #limits: StorageLimits;
  readonly #ownsPool: boolean;
  // Set when this store deleted a paste: its dead rows still hold the bytes until a rewrite.
  #deletedSinceScrub = false;
  readonly #onDeleted = (): void => {
    this.#deletedSinceScrub = true;
  };

  /** Takes over a pool on a migrated schema; `ownsPool` decides whether `close` ends it. */
  constructor(pool: Pool, tables: PostgresTables, limits: StorageLimits, ownsPool: boolean) {
    this.#pool = pool;
    this.#t = tables;
    this.#limits = limits;
    this.#ownsPool = ownsPool;
  }

  create(paste: NewPaste): Promise<void> {
    return this.#run('create', async (pool) => {
      const row = encodePaste(paste, this.#limits);
      await withTransaction(pool, async (client) => {
        // The row lock makes concurrent creates (from every server) check the quota in turn.
        const stored = await client.query<{ bytes: string }>(
          `SELECT bytes FROM ${this.#t.storedBytes} WHERE id = 1 FOR UPDATE`,
        );
        if (Number(stored.rows[0]?.bytes) + row.size > this.#limits.maxStoredBytes) {
          throw storageFull();
        }
        await this.#insert(client, row);
      });
    });
  }

  importPaste(paste: NewPaste, importKey: Uint8Array): Promise<ImportOutcome> {
    return this.#run('import', async (pool) => {
      checkImportKey(importKey);
      const row = encodePaste(paste, this.#limits);
      return withTransaction(pool, async (client): Promise<ImportOutcome> => {
        const recorded = await client.query(
          `INSERT INTO ${this.#t.imports} (key) VALUES ($1) ON CONFLICT DO NOTHING`,
          [asBuffer(importKey)],
        );
        if (recorded.rowCount !== 1) return 'already_imported';
        await this.#insert(client, row);
        return 'imported';
      });
    });
  }

  async #insert(client: PoolClient, row: PasteRow): Promise<void> {
    // Acknowledge only once the commit is flushed, whatever the server default says.
    await client.query('SET LOCAL synchronous_commit = on');
    await client.query(
      `INSERT INTO ${this.#t.pastes} (id, size, format, metadata, owner_token_hash,
        expires_at, max_views, views, created_day)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::date)`,
      pasteColumnValues(row),
    );
    await client.query(`INSERT INTO ${this.#t.bundles} (id, bundle) VALUES ($1, $2)`, [
      row.id,
      asBuffer(row.bundle),
    ]);
  }

  view(id: string, now: number): Promise<ViewResult> {
    return this.#run('view', async (pool) => {
      const nowSeconds = toSeconds(now, 'now');
      if (!isPasteId(id)) return NOT_FOUND;
      return withTransaction(pool, (client) =>
        viewInTransaction(client, this.#t, id, nowSeconds, this.#onDeleted),
      );
    });
  }

  readUncounted(id: string, now: number): Promise<ViewResult> {
    return this.#run('view', async (pool) => {
      const nowSeconds = toSeconds(now, 'now');
      if (!isPasteId(id)) return NOT_FOUND;
      const unlimited = await readUnlimited(pool, this.#t, id, nowSeconds);
      if (unlimited) return unlimited;
      return withTransaction(pool, (client) =>
        viewInTransaction(client, this.#t, id, nowSeconds, this.#onDeleted),
      );
    });
  }

  delete(id: string, ownerTokenHash: Uint8Array): Promise<DeleteOutcome> {
    return this.#run('delete', async (pool) => {
      checkOwnerTokenHash(ownerTokenHash);
      if (!isPasteId(id)) return 'not_found';
      const found = await pool.query<{ owner_token_hash: Uint8Array | null }>(
        `SELECT owner_token_hash FROM ${this.#t.pastes} WHERE id = $1`,
        [id],
      );
      const outcome = deleteOutcome(found.rows[0]?.owner_token_hash, ownerTokenHash);
      if (outcome !== 'deleted') return outcome;
      // The hash is matched again so that the row deleted is the one that was checked.
      const deleted = await pool.query(
        `DELETE FROM ${this.#t.pastes} WHERE id = $1 AND owner_token_hash = $2`,
        [id, asBuffer(ownerTokenHash)],
      );
      if (deleted.rowCount !== 1) return 'not_found';
      this.#onDeleted();
      return 'deleted';
    });
  }

  sweepExpired(now: number, batchSize: number): Promise<number> {
    return this.#run('sweep', async (pool) => {
      const nowSeconds = toSeconds(now, 'now');
      checkBatchSize(batchSize);
      // SKIP LOCKED: a paste being viewed right now is left for the view (or the next sweep).
      const swept = await pool.query(
        `DELETE FROM ${this.#t.pastes} WHERE id IN (SELECT id FROM ${this.#t.pastes}
          WHERE expires_at <= $1 ORDER BY expires_at LIMIT $2 FOR UPDATE SKIP LOCKED)`,
        [nowSeconds, batchSize],
      );
      if (swept.rowCount) this.#onDeleted();
      return swept.rowCount ?? 0;
    });
  }

  stats(): Promise<StorageStats> {
    return this.#run('stats', async (pool) => {
      const result = await pool.query<{ pastes: string; bytes: string }>(
        `SELECT count(*) AS pastes, coalesce(sum(size), 0) AS bytes FROM ${this.#t.pastes}`,
      );
      const row = result.rows[0];
      return { pastes: Number(row?.pastes ?? 0), bytes: Number(row?.bytes ?? 0) };
    });
  }

  scrub(): Promise<boolean> {
    return this.#run('scrub', async (pool) => {
      if (!this.#deletedSinceScrub) return true;
      this.#deletedSinceScrub = false;
      const client = await pool.connect();
      try {
        // VACUUM FULL takes an exclusive lock; waiting behind a long reader would queue every
        // request behind it, so it gives up quickly and the next scrub tries again.
        await client.query(`SET lock_timeout = '${SCRUB_LOCK_TIMEOUT_MS}ms'`);
        await client.query(`VACUUM (FULL) ${this.#t.pastes}, ${this.#t.bundles}`);
        return true;
      } catch (error) {
        this.#deletedSinceScrub = true;
        if (isLockTimeout(error)) return false;
        throw error;
      } finally {
        await client.query('RESET lock_timeout').then(
          () => client.release(),
          (error: unknown) => client.release(error instanceof Error ? error : true),
        );
      }
    });
  }

  async close(): Promise<void> {
    const pool = this.#pool;
    this.#pool = undefined;
    if (pool === undefined || !this.#ownsPool) return;
    try {
      await pool.end();
    } catch (error) {
      throw postgresError(error, 'close');
    }
  }

  async #run<T>(during: string, work: (pool: Pool) => Promise<T>): Promise<T> {
    const pool = this.#pool;
    if (pool === undefined) throw storeClosed(during);
    try {
      return await work(pool);
    } catch (error) {
      throw postgresError(error, during);
    }
  }
}
