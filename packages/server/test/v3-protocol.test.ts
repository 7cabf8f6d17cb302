// Protocol v3 through `handle`: ping, create, get, delete and every error reply.
import { describe, expect, it } from 'vitest';
import { encodeBase64Url } from '@pastenym/crypto';
import {
  DEFAULT_LIMITS,
  DEFAULT_POW_PRICE,
  encodeRequest,
  POW_ALGORITHM,
  solvePow,
  powChallenge,
  type Request,
  WIRE_ERROR_MESSAGES,
} from '@pastenym/paste-protocol';
import {
  DEFAULT_ADAPTIVE_DIFFICULTY,
  DEFAULT_V2_POLICY,
  SERVER_VERSION,
  StorageError,
} from '../src/index.js';
import { FaultyStorage } from './helpers/faulty-storage.js';
import {
  T0,
  TEST_DIFFICULTY,
  bundleOf,
  call,
  createRequest,
  crypto,
  makeService,
  requestId,
  useSqlite,
} from './helpers/service.js';

const open = useSqlite();

async function setup(options: Parameters<typeof makeService>[1] = {}) {
  const { storage } = await open();
  return { storage, ...makeService(storage, options) };
}

async function created(service: Parameters<typeof call>[0], request: Request) {
  const reply = await call(service, request);
  if (reply.op !== 'created') throw new Error(`expected created, got ${JSON.stringify(reply)}`);
  return reply;
}

describe('v3 ping', () => {
  it('announces version, protocols, capabilities, limits and the current difficulty', async () => {
    const { service } = await setup();
    const id = requestId();
    expect(await call(service, { op: 'ping', id })).toEqual({
      op: 'pong',
      id,
      info: {
        version: SERVER_VERSION,
        protocols: [2, 3],
        capabilities: ['delete', 'burn', 'legacy-read'],
        limits: {
          maxBundleBytes: DEFAULT_LIMITS.maxBundleBytes,
          expiryChoices: DEFAULT_LIMITS.expiryChoices,
          maxViews: DEFAULT_LIMITS.maxViews,
        },
        pow: {
          algorithm: POW_ALGORITHM,
          difficulty: TEST_DIFFICULTY,
          price: DEFAULT_POW_PRICE,
          stepDownSeconds: DEFAULT_ADAPTIVE_DIFFICULTY.halfLifeMs / 1000,
        },
        v2: {
          creates: true,
          maxContentBytes: DEFAULT_LIMITS.maxV2ContentBytes,
          maxExpirySeconds: DEFAULT_V2_POLICY.maxExpirySeconds,
        },
      },
    });
  });
});

describe('v3 create, get, delete', () => {
  it('stores a bundle and returns it byte for byte, with a coarse ttl and no creation time', async () => {
    const { service } = await setup();
    const bundle = bundleOf(1114);
    const create = createRequest(bundle, { expirySeconds: 3600 });
    const reply = await created(service, create);
    expect(reply.id).toBe(create.id);
    expect(reply.pasteId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(reply.ownerToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(reply.expiresIn).toBe(3600);
    const get = { op: 'get' as const, id: requestId(), pasteId: reply.pasteId };
    const paste = await call(service, get, T0 + 61_000);
    expect(paste).toEqual({
      op: 'paste',
      id: get.id,
      format: 'v3',
      remainingViews: null,
      expiresIn: 3600, // 3539 s left, rounded up to 5 minutes
      bundle,
    });
  });

  it('draws a different id and owner token for every paste', async () => {
    const { service } = await setup();
    const replies = [];
    for (let i = 0; i < 20; i++) replies.push(await created(service, createRequest(bundleOf(32))));
    expect(new Set(replies.map((r) => r.pasteId)).size).toBe(20);
    expect(new Set(replies.map((r) => r.ownerToken)).size).toBe(20);
  });

  it('burns after maxViews reads; the last read still gets the bundle', async () => {
    const { service } = await setup();
    const { pasteId } = await created(service, createRequest(bundleOf(64), { maxViews: 2 }));
    const get = () => call(service, { op: 'get', id: requestId(), pasteId });
    expect(await get()).toMatchObject({ op: 'paste', remainingViews: 1 });
    expect(await get()).toMatchObject({ op: 'paste', remainingViews: 0 });
    expect(await get()).toMatchObject({ op: 'error', code: 'paste.not_found' });
  });

  it('expires on read at the promised time, never later', async () => {
    const { service } = await setup();
    const { pasteId } = await created(service, createRequest(bundleOf(64), { expirySeconds: 300 }));
    const get = (now: number) => call(service, { op: 'get', id: requestId(), pasteId }, now);
    expect(await get(T0 + 239_000)).toMatchObject({ op: 'paste' });
    expect(await get(T0 + 300_000)).toMatchObject({ op: 'error', code: 'paste.not_found' });
  });

  it('deletes with the owner token; a wrong token reads as not found', async () => {
    const { service } = await setup();
    const { pasteId, ownerToken } = await created(service, createRequest(bundleOf(64)));
    const wrong = encodeBase64Url(crypto.randomBytes(32));
    const del = (token: string) =>
      call(service, { op: 'delete', id: requestId(), pasteId, ownerToken: token });
    expect(await del(wrong)).toMatchObject({ op: 'error', code: 'paste.not_found' });
    expect(await del(ownerToken)).toMatchObject({ op: 'deleted' });
    expect(await del(ownerToken)).toMatchObject({ op: 'error', code: 'paste.not_found' });
    expect(await call(service, { op: 'get', id: requestId(), pasteId })).toMatchObject({
      code: 'paste.not_found',
    });
  });

  it('keeps pastes forever only when "never" is offered', async () => {
    const { service } = await setup({ limits: { expiryChoices: [0, 300] } });
    const { pasteId, expiresIn } = await created(
      service,
      createRequest(bundleOf(8), { expirySeconds: 0 }),
    );
    expect(expiresIn).toBeNull();
    const later = T0 + 50 * 365 * 86_400_000;
    expect(await call(service, { op: 'get', id: requestId(), pasteId }, later)).toMatchObject({
      op: 'paste',
      expiresIn: null,
    });
  });
});

describe('v3 refusals', () => {
  it('asks for proof of work when there is none or it is too weak', async () => {
    const { service } = await setup();
    const request = createRequest(bundleOf(64));
    const reply = await call(service, { ...request, pow: null });
    expect(reply).toEqual({
      op: 'error',
      id: request.id,
      code: 'pow.required',
      message: WIRE_ERROR_MESSAGES['pow.required'],
      difficulty: TEST_DIFFICULTY,
    });
    const weak = createRequest(bundleOf(64), {}, TEST_DIFFICULTY - 1);
    expect(await call(service, weak)).toMatchObject({
      code: 'pow.required',
      difficulty: TEST_DIFFICULTY,
    });
  });

  it('refuses work that does not verify or is bound to another request', async () => {
    const { service } = await setup();
    // Solved above the required difficulty: at the test difficulty (8 bits) a forgery would
    // still verify by chance once in 256 tries; at 16 bits, once in 65,536.
    const request = createRequest(bundleOf(64), {}, 16);
    const otherBundle = { ...request, bundle: bundleOf(64) };
    const otherOptions = { ...request, options: { ...request.options, maxViews: 1 } };
    const otherId = { ...request, id: requestId() };
    for (const forged of [otherBundle, otherOptions, otherId]) {
      expect(await call(service, forged)).toMatchObject({
        code: 'pow.invalid',
        difficulty: TEST_DIFFICULTY,
      });
    }
  });

  it('refuses a replayed create: one proof of work buys one paste', async () => {
    const { service, storage } = await setup();
    const request = createRequest(bundleOf(64));
    await created(service, request);
    expect(await call(service, request)).toMatchObject({ op: 'error', code: 'pow.invalid' });
    expect((await storage.stats()).pastes).toBe(1);
  });

  it('refuses malformed, oversized, unknown and invalid requests with their codes', async () => {
    const { service } = await setup({ limits: { maxBundleBytes: 1024 } });
    const id = requestId();
    const ping = encodeRequest({ op: 'ping', id });
    const badVersion = ping.slice();
    badVersion[4] = 4;
    const unknownOp = encodeEnvelope({ v: 3, id, op: 'edit' });
    const badHeader = encodeEnvelope({ v: 3, id, op: 'get' });
    const tooBig = createRequest(bundleOf(2048));
    const badExpiry = createRequest(bundleOf(8), { expirySeconds: 1234 });
    const tooManyViews = createRequest(bundleOf(8), { maxViews: DEFAULT_LIMITS.maxViews + 1 });
    const cases: [Uint8Array | Request, string, string | null][] = [
      [badVersion, 'request.unsupported_version', null],
      [unknownOp, 'request.unsupported_operation', id],
      [badHeader, 'request.malformed', id],
      [ping.subarray(0, 12), 'request.malformed', null],
      [tooBig, 'request.too_large', tooBig.id],
      [badExpiry, 'request.invalid_options', badExpiry.id],
      [tooManyViews, 'request.invalid_options', tooManyViews.id],
    ];
    for (const [request, code, replyId] of cases) {
      expect(await call(service, request)).toMatchObject({ op: 'error', code, id: replyId });
    }
  });

  it('refuses gets that are almost right as malformed, with the request id when readable', async () => {
    const { service } = await setup();
    const id = requestId();
    const { pasteId } = await created(service, createRequest(bundleOf(16)));
    const get = { v: 3, id, op: 'get', pasteId };
    const nearMisses: [Record<string, unknown>, string | null][] = [
      [{ ...get, extra: true }, id],
      [{ ...get, pasteId: 'abc' }, id],
      [{ ...get, pasteId: `${pasteId}!` }, id],
      [{ ...get, pasteId: 42 }, id],
      [{ ...get, id: 'short' }, null],
      [{ ...get, id: 7 }, null],
    ];
    for (const [header, replyId] of nearMisses) {
      expect(await call(service, encodeEnvelope(header))).toMatchObject({
        op: 'error',
        code: 'request.malformed',
        id: replyId,
      });
    }
    expect(await call(service, encodeEnvelope(get))).toMatchObject({ op: 'paste', id });
  });

  it('maps storage failures to server.busy (retry later) or server.internal, never leaking', async () => {
    const { storage } = await open();
    const faulty = new FaultyStorage(storage);
    const { service, events } = makeService(faulty);
    const secret = 'SECRET-DETAIL';
    const get = { op: 'get' as const, id: requestId(), pasteId: 'A'.repeat(22) };
    faulty.failWith = new StorageError('storage.unavailable', secret);
    expect(await call(service, get)).toMatchObject({ code: 'server.busy', retryAfter: 5 });
    faulty.failWith = new StorageError('storage.corrupt', secret);
    expect(await call(service, get)).toMatchObject({ code: 'server.internal' });
    faulty.failWith = new TypeError(secret);
    const reply = await call(service, createRequest(bundleOf(8)));
    expect(reply).toMatchObject({ code: 'server.internal' });
    expect(JSON.stringify(reply)).not.toContain(secret);
    expect(events.map((e) => e.storageError)).toEqual([
      'storage.unavailable',
      'storage.corrupt',
      'unknown',
    ]);
  });

  it('lets a create refused by a storage failure be sent again', async () => {
    const { storage } = await open();
    const faulty = new FaultyStorage(storage);
    const { service } = makeService(faulty);
    const request = createRequest(bundleOf(8));
    faulty.failWith = new StorageError('storage.unavailable', 'busy');
    expect(await call(service, request)).toMatchObject({ code: 'server.busy' });
    faulty.failWith = undefined;
    expect(await call(service, request)).toMatchObject({ op: 'created' });
  });
});

describe('v3 difficulty under load', () => {
  it('raises the difficulty when creates come faster than the target and says so', async () => {
    const { service } = await setup({
      pow: { base: 4, max: 6, targetPerMinute: 5, halfLifeMs: 60_000 },
    });
    let now = T0;
    for (let i = 0; i < 8; i++) await created(service, createRequest(bundleOf(8), {}, 4));
    now += 1000;
    expect(service.difficulty(now)).toBe(5);
    const stale = createRequest(bundleOf(8), {}, 4);
    expect(await call(service, stale, now)).toMatchObject({ code: 'pow.required', difficulty: 5 });
    const challenge = powChallenge(crypto, {
      requestId: stale.id,
      bundleDigest: crypto.sha256(stale.bundle),
      options: stale.options,
    });
    const fresh = { ...stale, pow: { difficulty: 5, nonce: solvePow(crypto, challenge, 5) } };
    expect(await call(service, fresh, now)).toMatchObject({ op: 'created' });
    const pong = await call(service, { op: 'ping', id: requestId() }, now);
    expect(pong).toMatchObject({ info: { pow: { difficulty: 5, stepDownSeconds: 60 } } });
  });
});

function encodeEnvelope(header: Record<string, unknown>): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify(header));
  const out = new Uint8Array(9 + json.length);
  out.set([0x89, 0x50, 0x4e, 0x59, 3]);
  new DataView(out.buffer).setUint32(5, json.length);
  out.set(json, 9);
  return out;
}
