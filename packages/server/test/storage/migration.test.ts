import { describe, expect, it } from 'vitest';
import type { Migration } from '../../src/storage/index.js';
import { pendingMigrations } from '../../src/storage/migration.js';
import { postgresError } from '../../src/storage/postgres/errors.js';
import { sqliteError } from '../../src/storage/sqlite/errors.js';

const known: Migration[] = [1, 2, 3].map((version) => ({
  version,
  name: `step ${version}`,
  statements: [],
}));
const applied = (...versions: number[]) => versions.map((v) => ({ version: v, name: `step ${v}` }));

describe('pendingMigrations', () => {
  it('returns the steps not yet recorded, in order', () => {
    expect(pendingMigrations(known, []).map((m) => m.version)).toEqual([1, 2, 3]);
    expect(pendingMigrations(known, applied(1)).map((m) => m.version)).toEqual([2, 3]);
    expect(pendingMigrations(known, applied(1, 2, 3))).toEqual([]);
  });

  it('refuses a newer schema, a renamed step and a gap', () => {
    expect(() => pendingMigrations(known, applied(1, 2, 3, 4))).toThrow(
      expect.objectContaining({ code: 'storage.incompatible' }) as Error,
    );
    expect(() => pendingMigrations(known, [{ version: 1, name: 'other' }])).toThrow(
      expect.objectContaining({ code: 'storage.corrupt' }) as Error,
    );
    expect(() => pendingMigrations(known, applied(1, 3))).toThrow(
      expect.objectContaining({ code: 'storage.corrupt' }) as Error,
    );
  });
});

describe('driver error mapping', () => {
  const withCode = (code: string) => Object.assign(new Error('driver'), { code });

  it.each([
    ['SQLITE_CONSTRAINT_PRIMARYKEY', 'storage.conflict'],
    ['SQLITE_NOTADB', 'storage.corrupt'],
    ['SQLITE_CORRUPT_INDEX', 'storage.corrupt'],
    ['SQLITE_BUSY', 'storage.unavailable'],
    ['SQLITE_IOERR_FSYNC', 'storage.unavailable'],
    ['ENOSPC', 'storage.unavailable'],
    ['SQLITE_CONSTRAINT_CHECK', 'storage.internal'],
    ['SQLITE_ERROR', 'storage.internal'],
  ])('maps SQLite %s to %s', (code, expected) => {
    const mapped = sqliteError(withCode(code), 'test');
    expect(mapped.code).toBe(expected);
    expect(mapped.cause).toBeInstanceOf(Error);
  });

  it.each([
    ['23505', 'storage.conflict'],
    ['XX001', 'storage.corrupt'],
    ['08006', 'storage.unavailable'],
    ['57P01', 'storage.unavailable'],
    ['53300', 'storage.unavailable'],
    ['40P01', 'storage.unavailable'],
    ['ECONNREFUSED', 'storage.unavailable'],
    ['', 'storage.unavailable'],
    ['23514', 'storage.internal'],
    ['42P01', 'storage.internal'],
  ])('maps PostgreSQL %s to %s', (code, expected) => {
    expect(postgresError(withCode(code), 'test').code).toBe(expected);
  });
});
