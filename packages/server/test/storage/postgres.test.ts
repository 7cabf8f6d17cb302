import { createServer } from 'node:net';
import pg from 'pg';
import { expect, it } from 'vitest';
import {
  describeWithPostgres,
  dropSchema,
  randomSchemaName,
  rawPostgres,
} from '@pastenym/test-postgres';
import { openPostgresStorage, postgresTables } from '../../src/storage/index.js';
import { postgresFiles } from '../support/postgres-files.js';
import { T0, expectStorageError, newPaste } from './fixtures.js';
import type { HarnessFactory } from './suite.js';
import { runStorageSuite } from './suite.js';

function postgresHarness(url: string): HarnessFactory {
  return () => {
    const schema = randomSchemaName();
    const tables = postgresTables(schema);
    const names: Record<string, string> = {
      pastes: tables.pastes,
      bundles: tables.bundles,
      migrations: tables.migrations,
      imports: tables.imports,
    };
    return Promise.resolve({
      // Small pools: the concurrency tests open five stores at once.
      open: (limits) =>
        openPostgresStorage({
          connection: { connectionString: url, max: 6 },
          schema,
          ...(limits ? { limits } : {}),
        }),
      files: () => postgresFiles(url, schema),
      raw: (sql) =>
        rawPostgres(
          url,
          sql.replace(/\{(\w+)\}/g, (_, name: string) => names[name]!),
        ),
      destroy: () => dropSchema(url, schema),
    });
  };
}

/** A loopback port nothing listens on: the OS picks it, then it is released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

await describeWithPostgres('PostgreSQL store', (url) => {
  runStorageSuite('postgres', postgresHarness(url));

  it('keeps its tables in the configured schema only', async () => {
    const schema = randomSchemaName();
    try {
      await (await openPostgresStorage({ connection: url, schema })).close();
      const rows = await rawPostgres(
        url,
        `SELECT table_schema, table_name FROM information_schema.tables
          WHERE table_name IN ('pastes', 'paste_bundles', 'schema_migrations')
            AND table_schema = '${schema}' ORDER BY table_name`,
      );
      expect(rows.map((row) => row['table_name'])).toEqual([
        'paste_bundles',
        'pastes',
        'schema_migrations',
      ]);
    } finally {
      await dropSchema(url, schema);
    }
  });

  it('leaves a pool it was given open on close', async () => {
    const schema = randomSchemaName();
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    try {
      const storage = await openPostgresStorage({ connection: pool, schema });
      const paste = newPaste();
      await storage.create(paste);
      await storage.close();
      const rows = await pool.query(`SELECT count(*)::int AS n FROM "${schema}".pastes`);
      expect(rows.rows).toEqual([{ n: 1 }]);
      await expectStorageError(storage.view(paste.id, T0), 'storage.closed');
    } finally {
      await pool.end();
      await dropSchema(url, schema);
    }
  });
});

it('rejects a schema name that would need quoting', async () => {
  await expectStorageError(
    openPostgresStorage({ connection: 'postgres://127.0.0.1:1/x', schema: 'Robert"; DROP' }),
    'storage.invalid_argument',
  );
});

it('reports an unreachable server as unavailable', async () => {
  const port = await closedPort();
  await expectStorageError(
    openPostgresStorage({ connection: `postgres://postgres@127.0.0.1:${port}/test` }),
    'storage.unavailable',
  );
});
