import { StorageError } from '../errors.js';
import { decodeViewedColumns, ownBytes, type ViewedColumns } from '../record.js';
import type { ViewResult } from '../types.js';
import type { SqliteStatements } from './statements.js';

/**
 * Uses one view; run it inside an IMMEDIATE transaction. IMMEDIATE takes the database's single
 * write lock before anything is read, so view transactions from every connection and process on
 * the file run strictly one after another: each sees the count the previous one committed, and
 * the one that reaches `max_views` deletes the paste before releasing the lock.
 */
export function viewPaste(s: SqliteStatements, id: string, nowSeconds: number): ViewResult {
  const counted = s.countView.get(id, nowSeconds) as ViewedColumns | undefined;
  if (counted === undefined) {
    s.deleteIfExpired.run(id, nowSeconds); // expiry is enforced on read, not only by sweeps
    return { status: 'not_found' };
  }
  const stored = s.selectBundle.get(id) as { bundle: Uint8Array } | undefined;
  if (stored === undefined) throw new StorageError('storage.corrupt', 'paste has no bundle');
  const paste = decodeViewedColumns(counted, ownBlob(stored.bundle));
  if (paste.burned) s.deletePaste.run(id);
  return { status: 'found', paste };
}

/**
 * Reads a paste without a view limit, if it is live: no write at all. Only limited pastes need
 * their views counted (exactly, under the write lock); for the others the count would only be
 * a record of reading activity, which is better not kept.
 */
export function readUnlimited(
  s: SqliteStatements,
  id: string,
  nowSeconds: number,
): ViewResult | undefined {
  const row = s.readUnlimited.get(id, nowSeconds) as
    (ViewedColumns & { bundle: Uint8Array }) | undefined;
  if (row === undefined) return undefined;
  const paste = decodeViewedColumns(row, ownBlob(row.bundle));
  return { status: 'found', paste };
}

/**
 * The bundle as the caller's own bytes. better-sqlite3 copies every blob it returns into a
 * buffer of its own (`node::Buffer::Copy`), so a plain view of that buffer already belongs to
 * the caller alone and a second copy would be waste; a blob that shares its memory is copied.
 */
function ownBlob(blob: Uint8Array): Uint8Array {
  return blob.byteOffset === 0 && blob.byteLength === blob.buffer.byteLength
    ? new Uint8Array(blob.buffer, 0, blob.byteLength)
    : ownBytes(blob);
}
