import { StorageError } from '../errors.js';

// SQLSTATE classes and codes after which retrying later may succeed.
const UNAVAILABLE_CLASSES = ['08', '53', '57', '58']; // connection, resources, operator, system
const UNAVAILABLE_CODES = new Set(['40001', '40P01']); // serialization failure, deadlock
const CORRUPT_CODES = new Set(['XX001', 'XX002']); // data corrupted, index corrupted

/**
 * Maps whatever `pg` threw to a `StorageError`; a `StorageError` passes through. Errors without
 * a SQLSTATE come from the socket or the pool (refused, reset, timed out): unavailable.
 */
export function postgresError(error: unknown, during: string): StorageError {
  if (error instanceof StorageError) return error;
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : '';
  const sqlState = typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
  if (sqlState === '23505') {
    return new StorageError('storage.conflict', `${during}: id already exists`, { cause: error });
  }
  if (sqlState !== undefined && CORRUPT_CODES.has(sqlState)) {
    return new StorageError('storage.corrupt', `${during}: database reports corruption`, {
      cause: error,
    });
  }
  if (
    sqlState === undefined ||
    UNAVAILABLE_CODES.has(sqlState) ||
    UNAVAILABLE_CLASSES.includes(sqlState.slice(0, 2))
  ) {
    const detail = typeof code === 'string' && code !== '' ? ` (${code})` : '';
    return new StorageError('storage.unavailable', `${during}: database unavailable${detail}`, {
      cause: error,
    });
  }
  return new StorageError('storage.internal', `${during}: unexpected database error ${sqlState}`, {
    cause: error,
  });
}
