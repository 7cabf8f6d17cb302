import { StorageError } from '../errors.js';

const CORRUPT = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB']);
const UNAVAILABLE = new Set([
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  'SQLITE_IOERR',
  'SQLITE_FULL',
  'SQLITE_CANTOPEN',
  'SQLITE_READONLY',
  'SQLITE_PERM',
  'SQLITE_NOMEM',
  'SQLITE_PROTOCOL',
]);
// Errors node:fs raises while preparing the data directory.
const FILE_SYSTEM = new Set([
  'EACCES',
  'EPERM',
  'ENOENT',
  'ENOTDIR',
  'EEXIST',
  'EROFS',
  'ENOSPC',
  'EISDIR',
]);

/**
 * Maps whatever better-sqlite3 or node:fs threw to a `StorageError`; a `StorageError` passes
 * through. Extended result codes (`SQLITE_IOERR_FSYNC`) map by their primary code.
 */
export function sqliteError(error: unknown, during: string): StorageError {
  if (error instanceof StorageError) return error;
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : '';
  const text = typeof code === 'string' ? code : '';
  const primary = text.replace(/^(SQLITE_[A-Z]+)_.*$/, '$1');
  if (primary === 'SQLITE_CONSTRAINT' && text.endsWith('PRIMARYKEY')) {
    return new StorageError('storage.conflict', `${during}: id already exists`, { cause: error });
  }
  if (CORRUPT.has(primary)) {
    return new StorageError('storage.corrupt', `${during}: database file is damaged`, {
      cause: error,
    });
  }
  if (UNAVAILABLE.has(primary) || FILE_SYSTEM.has(text)) {
    return new StorageError('storage.unavailable', `${during}: database unavailable (${text})`, {
      cause: error,
    });
  }
  return new StorageError('storage.internal', `${during}: unexpected database error`, {
    cause: error,
  });
}
