import type { Pool, PoolClient } from 'pg';
import { StorageError } from '../errors.js';
import { decodeViewedColumns, ownBytes, type ViewedColumns } from '../record.js';
import type { ViewResult } from '../types.js';
import type { PostgresTables } from './tables.js';

/**
 * Uses one view inside the caller's transaction (READ COMMITTED). The view is one conditional
 * `UPDATE ... RETURNING` on the paste's row: concurrent views queue on the row lock, and each,
 * once the lock is free, re-checks its WHERE clause against the row the previous one committed
 * (or finds it deleted). So exactly `max_views` views match, and the one that makes `views`
 * reach `max_views` deletes the paste before its commit releases the lock.
 */
export async function viewInTransaction(
  client: PoolClient,
  t: PostgresTables,
  id: string,
  nowSeconds: number,
  onDeleted: () => void,
): Promise<ViewResult> {
  const counted = await client.query<ViewedColumns>(
    `UPDATE ${t.pastes} SET views = views + 1
      WHERE id = $1 AND (expires_at IS NULL OR expires_at > $2)
        AND (max_views IS NULL OR views < max_views)
      RETURNING size, format, metadata, expires_at, max_views, views,
        to_char(created_day, 'YYYY-MM-DD') AS created_day`,
    [id, nowSeconds],
  );
  const row = counted.rows[0];
  if (row === undefined) {
    // Expiry is enforced on read, not only by sweeps.
    const expired = await client.query(
      `DELETE FROM ${t.pastes} WHERE id = $1 AND expires_at <= $2`,
      [id, nowSeconds],
    );
    if (expired.rowCount) onDeleted();
    return { status: 'not_found' };
  }
  // Text result format: pg's parser turns BYTEA hex into a Buffer natively. (Its binary format
  // decodes every field as UTF-8, which would damage the bytes.)
  const stored = await client.query<{ bundle: Uint8Array }>(
    `SELECT bundle FROM ${t.bundles} WHERE id = $1`,
    [id],
  );
  const bundle = stored.rows[0]?.bundle;
  if (bundle === undefined) throw new StorageError('storage.corrupt', 'paste has no bundle');
  const paste = decodeViewedColumns(row, ownBytes(bundle));
  if (paste.burned) {
    await client.query(`DELETE FROM ${t.pastes} WHERE id = $1`, [id]);
    onDeleted();
  }
  return { status: 'found', paste };
}

/**
 * Reads a paste without a view limit, if it is live, in one statement and without a write:
 * only limited pastes need their views counted; for the others the count would only be a
 * record of reading activity, which is better not kept.
 */
export async function readUnlimited(
  pool: Pool,
  t: PostgresTables,
  id: string,
  nowSeconds: number,
): Promise<ViewResult | undefined> {
  const found = await pool.query<ViewedColumns & { bundle: Uint8Array }>(
    `SELECT p.size, p.format, p.metadata, p.expires_at, p.max_views, p.views,
        to_char(p.created_day, 'YYYY-MM-DD') AS created_day, b.bundle
      FROM ${t.pastes} p JOIN ${t.bundles} b ON b.id = p.id
      WHERE p.id = $1 AND p.max_views IS NULL AND (p.expires_at IS NULL OR p.expires_at > $2)`,
    [id, nowSeconds],
  );
  const row = found.rows[0];
  if (row === undefined) return undefined;
  const paste = decodeViewedColumns(row, ownBytes(row.bundle));
  return { status: 'found', paste };
}
