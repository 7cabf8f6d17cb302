/** Arbitraries of v3 messages, shared by the request and reply tests. */
import fc from 'fast-check';
import { encodeBase64 } from '@pastenym/crypto';
import { DEFAULT_LIMITS, serverInfo, type Limits, type Reply, type Request } from '../src/index.js';
import { ownerTokenArb, pasteIdArb, pasteOptionsArb, requestIdArb } from './helpers.js';

export const limits: Limits = { ...DEFAULT_LIMITS, expiryChoices: [0, 300, 3600, 86_400, 604_800] };

export const requestArb: fc.Arbitrary<Request> = fc.oneof(
  fc.record({ op: fc.constant('ping' as const), id: requestIdArb }),
  fc.record({
    op: fc.constant('create' as const),
    id: requestIdArb,
    options: pasteOptionsArb,
    pow: fc.option(
      fc.record({
        difficulty: fc.integer({ min: 0, max: 256 }),
        nonce: fc.uint8Array({ minLength: 8, maxLength: 8 }),
      }),
      { nil: null },
    ),
    bundle: fc.uint8Array({ minLength: 1, maxLength: 500 }),
  }),
  fc.record({ op: fc.constant('get' as const), id: requestIdArb, pasteId: pasteIdArb }),
  fc.record({
    op: fc.constant('delete' as const),
    id: requestIdArb,
    pasteId: pasteIdArb,
    ownerToken: ownerTokenArb,
  }),
);

const seconds = fc.option(fc.integer({ min: 0, max: 0xffff_ffff }), { nil: null });
const sjclArb = fc.record({
  iv: fc.uint8Array({ minLength: 8, maxLength: 16 }).map(encodeBase64),
  v: fc.constant(1),
  iter: fc.integer({ min: 1, max: 100_000 }),
  ks: fc.constantFrom(128 as const, 192 as const, 256 as const),
  ts: fc.constantFrom(64 as const, 96 as const, 128 as const),
  mode: fc.constantFrom('ccm' as const, 'ocb2' as const, 'gcm' as const),
  adata: fc.constant('' as const),
  cipher: fc.constant('aes' as const),
  salt: fc.uint8Array({ minLength: 8, maxLength: 8 }).map(encodeBase64),
});

export const replyArb: fc.Arbitrary<Reply> = fc.oneof(
  fc.record({
    op: fc.constant('pong' as const),
    id: requestIdArb,
    info: fc
      .integer({ min: 0, max: 40 })
      .map((difficulty) => serverInfo(limits, { version: '3.0.0', difficulty })),
  }),
  fc.record({
    op: fc.constant('created' as const),
    id: requestIdArb,
    pasteId: pasteIdArb,
    ownerToken: ownerTokenArb,
    expiresIn: seconds,
  }),
  fc.record({
    op: fc.constant('paste' as const),
    id: requestIdArb,
    remainingViews: seconds,
    expiresIn: seconds,
    format: fc.constant('v3' as const),
    bundle: fc.uint8Array({ maxLength: 500 }),
  }),
  fc.record({
    op: fc.constant('paste' as const),
    id: requestIdArb,
    remainingViews: seconds,
    expiresIn: seconds,
    format: fc.constant('v2' as const),
    encParams: fc.option(sjclArb, { nil: null }),
    bundle: fc.uint8Array({ maxLength: 500 }),
  }),
  fc.record({ op: fc.constant('deleted' as const), id: requestIdArb }),
  fc.record(
    {
      op: fc.constant('error' as const),
      id: fc.option(requestIdArb, { nil: null }),
      code: fc.constantFrom('paste.not_found', 'pow.required', 'future.code'),
      message: fc.string({ maxLength: 100 }),
      difficulty: fc.integer({ min: 0, max: 64 }),
      retryAfter: fc.integer({ min: 0, max: 3600 }),
    },
    { requiredKeys: ['op', 'id', 'code', 'message'] },
  ),
);

/** Mutations of a valid message: bit flips, truncation, extension, splices. */
export const mutated = (bytes: Uint8Array) =>
  fc.oneof(
    fc.tuple(fc.nat(bytes.length - 1), fc.integer({ min: 0, max: 7 })).map(([i, bit]) => {
      const copy = bytes.slice();
      copy[i] = copy[i]! ^ (1 << bit);
      return copy;
    }),
    fc.nat(bytes.length).map((n) => bytes.slice(0, n)),
    fc.uint8Array({ maxLength: 20 }).map((extra) => Uint8Array.from([...bytes, ...extra])),
  );
