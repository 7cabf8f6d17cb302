import { ManualClock } from '@pastenym/runtime/testing';
// A public instance tried as an attacker would: each test is one attack that used to work.
import { describe, expect, it } from 'vitest';
import { encodeBase64 } from '@pastenym/crypto';
import { DEFAULT_LIMITS, PasteClient, type ServerInfo } from '@pastenym/paste-protocol';
import { createMemoryTransportPair, sealV2Paste, v2Body } from '@pastenym/paste-protocol/testing';
import { describeWithPostgres, dropSchema, randomSchemaName } from '@pastenym/test-postgres';
import type { PasteService, Storage, StorageLimits } from '../src/index.js';
import { openPostgresStorage, openSqliteStorage, Sweeper, V2_SERVER_ERRORS } from '../src/index.js';
import {
  T0,
  TEST_DIFFICULTY,
  bundleOf,
  call,
  createRequest,
  crypto,
  makeService,
  requestId,
  useCleanups,
} from './helpers/service.js';
import { parseConfig } from '../src/node/index.js';
import { cliNewText, v2Message, v2Reply, webNewText, type Encoding } from './helpers/v2.js';
import { postgresFiles } from './support/postgres-files.js';
import { removeDirectory, sqliteFiles, tempDirectory } from './support/sqlite.js';

const MIB = 1024 * 1024;
const YEAR = 365 * 86_400;

const cleanups = useCleanups();

/** A v2 request through `handle` as one mixnet client (sender tag) sends it. */
async function v2Send(
  service: PasteService,
  message: Record<string, unknown>,
  options: { now?: number; senderTag?: Uint8Array; encoding?: Encoding } = {},
): Promise<unknown> {
  const { now = T0, senderTag = crypto.randomBytes(16), encoding = 'json' } = options;
  return v2Reply(await service.handle(v2Message(message, encoding), { now, senderTag }), encoding);
}

async function pong(service: PasteService, now = T0): Promise<ServerInfo> {
  const reply = await call(service, { op: 'ping', id: requestId() }, now);
  if (reply.op !== 'pong') throw new Error(`expected pong, got ${reply.op}`);
  return reply.info;
}

/** A store and what its files hold, for the tests that run on SQLite and PostgreSQL alike. */
interface Store {
  readonly storage: Storage;
  readonly files: () => Promise<Buffer>;
}
type OpenStore = (limits?: Partial<StorageLimits>) => Promise<Store>;

function storageAttacks(name: string, openStore: OpenStore): void {
  describe(`on ${name}`, () => {
    it('13 pastes of 10 MiB for a year stop at the quota with server.full; stored ones stay', async () => {
      const { storage } = await openStore({ maxStoredBytes: 25 * MIB });
      const { service } = makeService(storage);
      const replies = [];
      for (let i = 0; i < 13; i++) {
        replies.push(
          await call(service, createRequest(bundleOf(10 * MIB), { expirySeconds: YEAR })),
        );
      }
      expect(replies.map((reply) => (reply.op === 'error' ? reply.code : reply.op))).toEqual([
        'created',
        'created',
        ...Array<string>(11).fill('server.full'),
      ]);
      expect((await storage.stats()).bytes).toBe(20 * MIB);
      for (const reply of replies.slice(0, 2)) {
        if (reply.op !== 'created') throw new Error('not created');
        const read = await call(service, { op: 'get', id: requestId(), pasteId: reply.pasteId });
        expect(read.op).toBe('paste');
      }
      const v2 = await v2Send(service, webNewText({ text: encodeBase64(bundleOf(6 * MIB)) }));
      expect(v2).toBe(V2_SERVER_ERRORS.full);
    });

    it('a burned public v2 paste leaves neither its text nor its id in the database files', async () => {
      const { storage, files } = await openStore();
      const { service } = makeService(storage);
      const marker = `burn-marker-${encodeBase64(crypto.randomBytes(9))}`;
      const created = await v2Send(
        service,
        webNewText({ text: v2Body(marker.repeat(50)), burn: true, burn_view: 1 }),
      );
      const urlId = (created as { url_id: string }).url_id;
      const before = await files();
      expect(before.includes(marker), 'the control: the text is there before the burn').toBe(true);
      expect(await v2Send(service, { event: 'getText', data: { urlId } })).toMatchObject({
        is_burn: true,
      });
      await new Sweeper({ storage, clock: new ManualClock(T0) }).sweepOnce();
      const after = await files();
      expect(after.includes(marker)).toBe(false);
      expect(after.includes(urlId)).toBe(false);
    });
  });
}

describe('attacks on a public instance', () => {
  it('one v2 client sending a newText every 0.7 s does not block the other clients', async () => {
    const { storage } = await sqliteStore();
    const { service } = makeService(storage);
    const flooder = crypto.randomBytes(16);
    const outcomes: unknown[] = [];
    for (let now = T0; now < T0 + 120_000; now += 700) {
      const text = v2Body('flood');
      outcomes.push(await v2Send(service, webNewText({ text }), { now, senderTag: flooder }));
    }
    const refused = outcomes.filter((reply) => reply === V2_SERVER_ERRORS.rateLimited);
    expect(refused.length).toBeGreaterThan(outcomes.length * 0.9);
    for (let client = 0; client < 5; client++) {
      const reply = await v2Send(service, webNewText({ text: v2Body('mine') }), {
        now: T0 + 120_000,
      });
      expect(reply).toMatchObject({ url_id: expect.any(String) as string });
    }
  });

  it('a 10 MiB paste for a year costs more work than a 1 KiB one for a day', async () => {
    const { storage } = await sqliteStore();
    const { service } = makeService(storage);
    const info = await pong(service);
    expect(info.pow.price).toBeDefined();
    const cheap = createRequest(bundleOf(1024), { expirySeconds: 86_400 }, TEST_DIFFICULTY);
    expect(await call(service, cheap)).toMatchObject({ op: 'created' });
    const big = createRequest(bundleOf(10 * MIB), { expirySeconds: YEAR }, TEST_DIFFICULTY);
    expect(await call(service, big)).toMatchObject({
      op: 'error',
      code: 'pow.required',
      difficulty: TEST_DIFFICULTY + 8,
    });
    const paid = createRequest(bundleOf(10 * MIB), { expirySeconds: YEAR }, TEST_DIFFICULTY + 8);
    expect(await call(service, paid)).toMatchObject({ op: 'created' });
  });

  it('a client solves the priced work announced in ping and is accepted the first time', async () => {
    const { storage } = await sqliteStore();
    const { service, events } = makeService(storage);
    const [clientSide, serverSide] = createMemoryTransportPair();
    serverSide.onMessage((bytes) => {
      void service.handle(bytes, { now: T0 }).then((reply) => reply && serverSide.send(reply));
    });
    const client = new PasteClient({ transport: clientSide, crypto, now: () => T0 });
    const data = bundleOf(MIB);
    await client.createPaste(
      { text: '', attachments: [{ name: 'a', type: 'application/octet-stream', data }] },
      { expirySeconds: 7 * 86_400 },
    );
    client.close();
    // Base work alone would be refused first (pow.required) and solved again.
    expect(events.filter((e) => e.op === 'create').map((e) => e.outcome)).toEqual(['ok']);
  });

  it('v2 creates are capped in size and lifetime, and --v2 read-only takes none', async () => {
    const { storage } = await sqliteStore();
    const { service } = makeService(storage, {
      limits: { maxV2ContentBytes: MIB },
      v2: { maxExpirySeconds: 7 * 86_400 },
    });
    const big = encodeBase64(bundleOf(MIB + 1));
    expect(await v2Send(service, cliNewText({ text: big }))).toBe(
      'Error text too long. Max is 1048576',
    );
    const lasting = await v2Send(service, webNewText({ text: v2Body('x'), expiration_time: '' }));
    const urlId = (lasting as { url_id: string }).url_id;
    const read = (now: number) => v2Send(service, { event: 'getText', data: { urlId } }, { now });
    expect(await read(T0 + 6 * 86_400_000)).toMatchObject({ num_view: 1 });
    expect(await read(T0 + 7 * 86_400_000)).toEqual({ error: 'text not found' });

    const readOnly = makeService(storage, { v2: { mode: 'read-only' } }).service;
    const refused = await v2Send(readOnly, webNewText({ text: v2Body('y') }));
    expect(String(refused)).toMatch(/^Error .*only reads/);
    expect(await v2Send(readOnly, { event: 'ping', data: 'empty' })).toMatchObject({
      alive: true,
    });
    expect((await pong(readOnly)).v2).toMatchObject({ creates: false });
    const config = parseConfig(['--v2', 'read-only'], {});
    expect(config.kind === 'run' && config.config.v2).toBe('read-only');
  });

  it('a burst of 87 creates in 48 s does not hold the difficulty up after it stops', async () => {
    const { storage } = await sqliteStore();
    const { service } = makeService(storage, { pow: { base: 4, max: 12 } });
    const createAt = async (now: number) => {
      const info = await pong(service, now);
      const request = createRequest(bundleOf(64), {}, info.pow.difficulty);
      expect(await call(service, request, now)).toMatchObject({ op: 'created' });
    };
    for (let i = 0; i < 87; i++) await createAt(T0 + Math.round((i * 48_000) / 87));
    const end = T0 + 48_000;
    const peak = service.difficulty(end);
    expect(peak).toBeGreaterThan(4);
    // Back at the base within two minutes, one bit per step-down time, as ping says.
    expect(service.difficulty(end + 120_000)).toBe(4);
    const stepDown = (await pong(service, end)).pow.stepDownSeconds ?? Infinity;
    expect(stepDown).toBeLessThanOrEqual(60);
    const back = end + (peak - 4) * stepDown * 1000;
    expect(service.difficulty(back)).toBe(4);
    // ~30 creates a minute afterwards, as ordinary use, keep it there.
    for (let i = 0; i < 30; i++) await createAt(back + i * 2000);
    expect(service.difficulty(back + 60_000)).toBe(4);
  });

  it('ping advertises exactly the v2 size it accepts, counted on the decoded content', async () => {
    const { storage } = await sqliteStore({ maxBundleBytes: 12 * MIB });
    const { service } = makeService(storage, {
      limits: { maxV2ContentBytes: DEFAULT_LIMITS.maxV2ContentBytes },
    });
    const { v2, limits } = await pong(service);
    expect(v2?.maxContentBytes).toBe(8 * MIB);
    expect(limits.maxBundleBytes).toBe(DEFAULT_LIMITS.maxBundleBytes);
    // The Go CLI sends its requests base64-encoded, the ciphertext base64 inside them.
    const { encParams } = await sealV2Paste({ crypto }, 'k', v2Body('x'));
    const go = (size: number) =>
      v2Send(service, cliNewText({ text: encodeBase64(bundleOf(size)), encParams }), {
        encoding: 'base64',
      });
    expect(await go(8 * MIB)).toMatchObject({ url_id: expect.any(String) as string });
    expect(await go(8 * MIB + 1)).toBe(`Error text too long. Max is ${8 * MIB}`);
  });
});

/** A SQLite store in a temp directory, closed and removed after the test. */
async function sqliteStore(limits?: Partial<StorageLimits>): Promise<Store> {
  const directory = tempDirectory('pastenym-abuse-');
  const storage = await openSqliteStorage({ directory, ...(limits ? { limits } : {}) });
  cleanups.push(async () => {
    await storage.close();
    await removeDirectory(directory);
  });
  return { storage, files: () => Promise.resolve(Buffer.concat(sqliteFiles(directory))) };
}

describe('attacks on storage', () => {
  storageAttacks('SQLite', sqliteStore);
});

await describeWithPostgres('attacks on storage', (url) => {
  storageAttacks('PostgreSQL', async (limits) => {
    const schema = randomSchemaName();
    const storage = await openPostgresStorage({
      connection: url,
      schema,
      ...(limits ? { limits } : {}),
    });
    cleanups.push(async () => {
      await storage.close();
      await dropSchema(url, schema);
    });
    const files = async () => {
      const found = await postgresFiles(url, schema);
      if (found.length === 0) throw new Error('PostgreSQL files are not readable here');
      return Buffer.concat(found);
    };
    return { storage, files };
  });
});
