// `npm run bench:server`: creates/s and gets/s through `PasteService.handle` on SQLite and
// PostgreSQL, each next to the raw insert/select rate of the same store in the same run, and
// the proof-of-work cost at the default difficulty.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeBase64Url } from '@pastenym/crypto';
import type { Storage } from '../src/index.js';
import { openPostgresStorage, openSqliteStorage, PasteService, utcDay } from '../src/index.js';
import { measurePow } from './pow.js';
import { dropSchema, POSTGRES_URL, randomSchemaName } from '@pastenym/test-postgres';
import { rawPostgres, rawSqlite, type RawStore } from './raw-stores.js';
import { crypto } from '../test/helpers/requests.js';
import { buildCreates, encodedGet } from './requests.js';
import { rate } from './timing.js';

const BUNDLE_BYTES = 1402; // the padded size of most text pastes
// Verifying costs the same at any difficulty (two hashes); a low one keeps pre-solving short.
const BENCH_DIFFICULTY = 4;
const POOL = 20_000;

interface StoreRates {
  name: string;
  creates: number;
  inserts: number;
  gets: number;
  selects: number;
  countedReads: number;
}

const ROUNDS = 2;

/** Alternates handler and raw measurements for ROUNDS rounds and averages each. */
async function measureStore(name: string, storage: Storage, raw: RawStore): Promise<StoreRates> {
  const service = new PasteService({
    storage,
    crypto,
    pow: { base: BENCH_DIFFICULTY, max: BENCH_DIFFICULTY },
  });
  const now = Date.now();
  const nowSeconds = Math.floor(now / 1000);
  const day = utcDay(now);
  const creates = buildCreates(POOL, BUNDLE_BYTES, BENCH_DIFFICULTY);
  const replies: (Uint8Array | null)[] = [];
  const rawIds: string[] = [];
  const sums = { creates: 0, inserts: 0, gets: 0, selects: 0, countedReads: 0 };
  for (let round = 0; round < ROUNDS; round++) {
    sums.inserts += await rate(async () => {
      const id = encodeBase64Url(crypto.randomBytes(16));
      const ownerTokenHash = crypto.sha256(crypto.randomBytes(32));
      const bundle = crypto.randomBytes(BUNDLE_BYTES);
      await raw.insert({
        id,
        bundle,
        ownerTokenHash,
        expiresAt: nowSeconds + 86_400,
        createdDay: day,
      });
      rawIds.push(id);
    });
    sums.creates += await rate(async () => {
      const next = creates[replies.length];
      if (next === undefined) throw new Error('raise POOL: every create request was used');
      replies.push(await service.handle(next.bytes, { now }));
    });
  }
  // Paste ids are read from the replies only now: decoding is the client's cost, not the server's.
  const gets = replies.map((reply, i) => encodedGet(creates[i]!.readId(reply)));
  for (let round = 0; round < ROUNDS; round++) {
    sums.selects += await rate(async (i) => {
      if ((await raw.select(rawIds[i % rawIds.length]!)) === undefined) throw new Error('no row');
    });
    sums.countedReads += await rate(async (i) => {
      const read = await raw.countedRead(rawIds[i % rawIds.length]!, nowSeconds);
      if (read === undefined) throw new Error('no row');
    });
    sums.gets += await rate(async (i) => {
      const reply = await service.handle(gets[i % gets.length]!, { now });
      if (reply === null || reply.length < BUNDLE_BYTES) throw new Error('get failed');
    });
  }
  const mean = (sum: number) => sum / ROUNDS;
  return {
    name,
    creates: mean(sums.creates),
    inserts: mean(sums.inserts),
    gets: mean(sums.gets),
    selects: mean(sums.selects),
    countedReads: mean(sums.countedReads),
  };
}

async function sqlite(): Promise<StoreRates> {
  const directory = mkdtempSync(join(tmpdir(), 'pastenym-bench-'));
  const storage = await openSqliteStorage({ directory });
  const raw = rawSqlite(directory);
  try {
    return await measureStore('SQLite', storage, raw);
  } finally {
    await raw.close();
    await storage.close();
    rmSync(directory, { recursive: true, force: true });
  }
}

async function postgres(): Promise<StoreRates | string> {
  const schema = randomSchemaName('pastenym_bench');
  let storage: Storage;
  try {
    storage = await openPostgresStorage({ connection: POSTGRES_URL, schema });
  } catch (error) {
    return `skipped: ${error instanceof Error ? error.message : 'unreachable'}`;
  }
  const raw = rawPostgres(POSTGRES_URL, schema);
  try {
    return await measureStore('PostgreSQL', storage, raw);
  } finally {
    await raw.close();
    await storage.close();
    await dropSchema(POSTGRES_URL, schema);
  }
}

const fmt = (n: number) => n.toLocaleString('en', { maximumFractionDigits: 0 });
const ratio = (a: number, b: number) => (a / b).toFixed(2);

const results: (StoreRates | string)[] = [await sqlite(), await postgres()];
console.log(
  `\nServer benchmark: ${BUNDLE_BYTES}-byte bundles, one request at a time, ` +
    `${ROUNDS} alternating rounds of ~${process.env['BENCH_SECONDS'] ?? 2} s, Node ${process.version}\n`,
);
console.log(
  '| store | creates/s (handler) | raw inserts/s | ratio | gets/s (handler) | raw selects/s | ratio | raw counted reads/s | ratio |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of results) {
  if (typeof r === 'string') {
    console.log(`| PostgreSQL | ${r} | | | | | | | |`);
    continue;
  }
  const cells = [
    r.name,
    fmt(r.creates),
    fmt(r.inserts),
    ratio(r.creates, r.inserts),
    fmt(r.gets),
    fmt(r.selects),
    ratio(r.gets, r.selects),
    fmt(r.countedReads),
    ratio(r.gets, r.countedReads),
  ];
  console.log(`| ${cells.join(' | ')} |`);
}
console.log(
  '\nA get is a view: it counts the view and commits durably (exact burn-after-reading), so a' +
    '\nplain SELECT is not what it can match; "raw counted reads" is the same UPDATE + SELECT in' +
    '\none transaction with the same durability, without the service and the store around it.',
);
const pow = measurePow(50);
console.log('\n| proof of work (client side) | difficulty | solves | median | p99 | attempts/s |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const p of pow) {
  const cells = [
    p.engine,
    p.difficulty,
    p.runs,
    `${p.median.toFixed(0)} ms`,
    `${p.p99.toFixed(0)} ms`,
    fmt(p.hashesPerSecond),
  ];
  console.log(`| ${cells.join(' | ')} |`);
}
