import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SQLITE_FILE,
  openSqliteStorage,
  type StorageErrorCode,
} from '../../src/storage/index.js';
import { rawSqlite, removeDirectory, sqliteFiles, tempDirectory } from '../support/sqlite.js';
import { T0, expectStorageError, newPaste } from './fixtures.js';
import type { StorageHarness } from './suite.js';
import { runStorageSuite } from './suite.js';

const TABLES: Record<string, string> = {
  pastes: 'pastes',
  bundles: 'paste_bundles',
  migrations: 'schema_migrations',
  imports: 'imports',
};

function sqliteHarness(): Promise<StorageHarness> {
  const directory = tempDirectory();
  const file = join(directory, DEFAULT_SQLITE_FILE);
  return Promise.resolve({
    open: (limits) => openSqliteStorage({ directory, ...(limits ? { limits } : {}) }),
    files: () => Promise.resolve(sqliteFiles(directory)),
    raw: (sql) =>
      Promise.resolve(
        rawSqlite(
          file,
          sql.replace(/\{(\w+)\}/g, (_, name: string) => TABLES[name]!),
        ),
      ),
    destroy: () => removeDirectory(directory),
  });
}

runStorageSuite('sqlite', sqliteHarness);

describe('SQLite store', () => {
  async function withDirectory(test: (directory: string) => Promise<void>): Promise<void> {
    const directory = tempDirectory();
    try {
      await test(directory);
    } finally {
      await removeDirectory(directory);
    }
  }

  it('runs in WAL mode with full fsync, a busy timeout, cascades and secure delete', () =>
    withDirectory(async (directory) => {
      const storage = await openSqliteStorage({ directory, busyTimeoutMs: 1234 });
      expect(storage.pragmas()).toEqual({
        journalMode: 'wal',
        synchronous: 'full',
        busyTimeoutMs: 1234,
        foreignKeys: true,
        secureDelete: true,
      });
      await storage.close();
    }));

  it('creates an owner-only data directory and database file', () =>
    withDirectory(async (parent) => {
      const directory = join(parent, 'data', 'nested');
      await (await openSqliteStorage({ directory })).close();
      expect(statSync(directory).mode & 0o777).toBe(0o700);
      expect(statSync(join(directory, DEFAULT_SQLITE_FILE)).mode & 0o777).toBe(0o600);
    }));

  it('plans expiry sweeps on the expiry index', () =>
    withDirectory(async (directory) => {
      await (await openSqliteStorage({ directory })).close();
      const plan = rawSqlite(
        join(directory, DEFAULT_SQLITE_FILE),
        `EXPLAIN QUERY PLAN SELECT id FROM pastes WHERE expires_at <= 5 ORDER BY expires_at LIMIT 9`,
      );
      expect(JSON.stringify(plan)).toContain('pastes_expires_at');
    }));

  it('leaves no trace of a burnt bundle in the database file', () =>
    withDirectory(async (directory) => {
      const storage = await openSqliteStorage({ directory });
      const marker = Buffer.from('burnt-bundle-marker:'.repeat(400));
      const paste = newPaste({ bundle: new Uint8Array(marker), maxViews: 1 });
      await storage.create(paste);
      expect((await storage.view(paste.id, T0)).status).toBe('found');
      await storage.close(); // the last connection checkpoints the log into the file
      const file = readFileSync(join(directory, DEFAULT_SQLITE_FILE));
      expect(file.includes(Buffer.from('burnt-bundle-marker:'))).toBe(false);
    }));

  const failures: [string, (directory: string) => string, StorageErrorCode][] = [
    [
      'a file that is not a database',
      (directory) => {
        writeFileSync(join(directory, DEFAULT_SQLITE_FILE), 'not a database '.repeat(100));
        return directory;
      },
      'storage.corrupt',
    ],
    [
      'a data directory that is a file',
      (directory) => {
        writeFileSync(join(directory, 'file'), 'x');
        return join(directory, 'file');
      },
      'storage.unavailable',
    ],
  ];

  it.each(failures)('reports %s', (_, prepare, code) =>
    withDirectory(async (directory) => {
      await expectStorageError(openSqliteStorage({ directory: prepare(directory) }), code);
    }),
  );

  it('rejects a negative busy timeout', () =>
    withDirectory(async (directory) => {
      await expectStorageError(
        openSqliteStorage({ directory, busyTimeoutMs: -1 }),
        'storage.invalid_argument',
      );
    }));
});
