// 50 concurrent reads of a burn-after-reading paste through the service: exactly one gets it.
// SQLite: five stores (connections) on one file; PostgreSQL: five stores (pools) on one schema.
import { describe, expect, it } from 'vitest';
import { describeWithPostgres, dropSchema, randomSchemaName } from '@pastenym/test-postgres';
import type { Storage } from '../src/index.js';
import { openPostgresStorage, openSqliteStorage, PasteService } from '../src/index.js';
import {
  T0,
  bundleOf,
  call,
  createRequest,
  crypto,
  requestId,
  TEST_DIFFICULTY,
} from './helpers/service.js';
import { removeDirectory, tempDirectory } from './support/sqlite.js';

const READERS = 50;
const SERVICES = 5;

async function race(stores: Storage[]): Promise<void> {
  const services = stores.map(
    (storage) => new PasteService({ storage, crypto, pow: { base: TEST_DIFFICULTY } }),
  );
  for (const maxViews of [1, 3]) {
    const bundle = bundleOf(4096);
    const created = await call(services[0]!, createRequest(bundle, { maxViews }));
    if (created.op !== 'created') throw new Error(created.op);
    const replies = await Promise.all(
      Array.from({ length: READERS }, (_, i) =>
        call(
          services[i % SERVICES]!,
          { op: 'get', id: requestId(), pasteId: created.pasteId },
          T0 + 1000,
        ),
      ),
    );
    const found = replies.filter((reply) => reply.op === 'paste');
    const refused = replies.filter(
      (reply) => reply.op === 'error' && reply.code === 'paste.not_found',
    );
    expect(found).toHaveLength(maxViews);
    expect(refused).toHaveLength(READERS - maxViews);
    for (const reply of found)
      expect(reply.op === 'paste' && Buffer.compare(reply.bundle, bundle)).toBe(0);
    const remaining = found.map((reply) => (reply.op === 'paste' ? reply.remainingViews : -1));
    expect(remaining.sort()).toEqual(Array.from({ length: maxViews }, (_, i) => i));
  }
}

describe('burn after reading under concurrency (SQLite)', () => {
  it(`gives a burn-after-reading paste to exactly one of ${READERS} concurrent reads`, async () => {
    const directory = tempDirectory('pastenym-server-');
    const stores: Storage[] = [];
    try {
      for (let i = 0; i < SERVICES; i++) stores.push(await openSqliteStorage({ directory }));
      await race(stores);
    } finally {
      for (const store of stores) await store.close();
      await removeDirectory(directory);
    }
  });
});

await describeWithPostgres('burn after reading under concurrency (PostgreSQL)', (url) => {
  it(`gives a burn-after-reading paste to exactly one of ${READERS} concurrent reads`, async () => {
    const schema = randomSchemaName();
    const stores: Storage[] = [];
    try {
      for (let i = 0; i < SERVICES; i++) {
        stores.push(
          await openPostgresStorage({ connection: { connectionString: url, max: 10 }, schema }),
        );
      }
      await race(stores);
    } finally {
      for (const store of stores) await store.close();
      await dropSchema(url, schema);
    }
  });
});
