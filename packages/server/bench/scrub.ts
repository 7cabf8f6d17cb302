// What making a deleted paste unreadable on disk costs: `scrub()` after one burn, on a store
// holding 100 MB of 1 MiB pastes (SQLite: a log checkpoint; PostgreSQL: VACUUM FULL, which holds
// an exclusive lock on the tables for the time it takes).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNodeCrypto } from '@pastenym/crypto/node';
import { dropSchema, POSTGRES_URL, randomSchemaName } from '@pastenym/test-postgres';
import type { Storage } from '../src/index.js';
import { openPostgresStorage, openSqliteStorage, utcDay } from '../src/index.js';
import { encodeBase64Url } from '@pastenym/crypto';

const crypto = createNodeCrypto();
const PASTE_BYTES = 1024 * 1024;
const PASTES = 100;

/** Milliseconds of one scrub after one burn, with `PASTES` pastes of 1 MiB stored. */
async function scrubAfterBurn(storage: Storage): Promise<number> {
  const now = Date.now();
  const ids: string[] = [];
  for (let i = 0; i < PASTES; i++) {
    const id = encodeBase64Url(crypto.randomBytes(16));
    await storage.create({
      id,
      bundle: crypto.randomBytes(PASTE_BYTES),
      ownerTokenHash: null,
      expiresAt: null,
      maxViews: 1,
      createdDay: utcDay(now),
      format: 'v3',
      metadata: null,
    });
    ids.push(id);
  }
  await storage.scrub(); // start from a clean state
  await storage.view(ids[0]!, now);
  const start = process.hrtime.bigint();
  if (!(await storage.scrub())) throw new Error('scrub did not finish');
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** Scrub times on SQLite and, when it answers, PostgreSQL. */
export async function measureScrub(): Promise<{ store: string; ms: number | string }[]> {
  const directory = mkdtempSync(join(tmpdir(), 'pastenym-bench-'));
  const rows: { store: string; ms: number | string }[] = [];
  try {
    const sqlite = await openSqliteStorage({ directory });
    rows.push({ store: 'SQLite', ms: await scrubAfterBurn(sqlite) });
    await sqlite.close();
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
  const schema = randomSchemaName();
  try {
    const postgres = await openPostgresStorage({ connection: POSTGRES_URL, schema });
    rows.push({ store: 'PostgreSQL', ms: await scrubAfterBurn(postgres) });
    await postgres.close();
    await dropSchema(POSTGRES_URL, schema);
  } catch (error) {
    rows.push({ store: 'PostgreSQL', ms: `unavailable (${String(error)})` });
  }
  return rows;
}
