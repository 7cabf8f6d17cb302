import fc from 'fast-check';
import { ed25519 } from '@noble/curves/ed25519.js';
import { ERROR_KINDS, Recipient, type ClientRequest, type ServerResponse } from '../src/index.js';

const U64_MAX = (1n << 64n) - 1n;

const isPoint = (bytes: Uint8Array): boolean => {
  try {
    ed25519.Point.fromBytes(bytes, true);
    return true;
  } catch {
    return false;
  }
};

const key = fc.uint8Array({ minLength: 32, maxLength: 32 });
export const edKey = key.filter(isPoint);

/** Valid addresses, non-canonical point encodings included. */
export const recipient = fc.tuple(edKey, key, edKey).map(([identity, encryption, gateway]) => {
  const raw = new Uint8Array(96);
  raw.set(identity, 0);
  raw.set(encryption, 32);
  raw.set(gateway, 64);
  return Recipient.fromBytes(raw);
});

export const senderTag = fc.uint8Array({ minLength: 16, maxLength: 16 });
export const u64 = fc.bigInt({ min: 0n, max: U64_MAX });
export const replySurbs = fc.integer({ min: 0, max: 0xffff_ffff });
const bytes = fc.uint8Array({ maxLength: 300 });
/** Text that survives UTF-8 (no lone surrogates), as bytes. */
export const utf8Bytes = fc
  .string({ unit: 'binary', maxLength: 100 })
  .map((text) => new TextEncoder().encode(text));

/** Binary writes null as 0 and reads 0 as null, so binary ids are never 0n. */
const binaryId = fc.option(fc.bigInt({ min: 1n, max: U64_MAX }), { nil: null });
/** Text keeps an explicit 0 apart from null. */
const textId = fc.option(u64, { nil: null });

function requests(message: fc.Arbitrary<Uint8Array>, connectionId: fc.Arbitrary<bigint | null>) {
  return [
    fc.record({ type: fc.constant('send' as const), recipient, message, connectionId }),
    fc.record({
      type: fc.constant('sendAnonymous' as const),
      recipient,
      message,
      replySurbs,
      connectionId,
    }),
    fc.record({ type: fc.constant('reply' as const), senderTag, message, connectionId }),
    fc.constant({ type: 'selfAddress' as const }),
  ];
}

export const binaryRequest: fc.Arbitrary<ClientRequest> = fc.oneof(
  ...requests(bytes, binaryId),
  fc.record({ type: fc.constant('closedConnection' as const), connectionId: u64 }),
  fc.record({ type: fc.constant('getLaneQueueLength' as const), connectionId: u64 }),
);

export const textRequest: fc.Arbitrary<ClientRequest> = fc.oneof(...requests(utf8Bytes, textId));

function responses(message: fc.Arbitrary<Uint8Array>) {
  return [
    fc.record({
      type: fc.constant('received' as const),
      message,
      senderTag: fc.option(senderTag, { nil: null }),
    }),
    fc.record({ type: fc.constant('selfAddress' as const), address: recipient }),
    fc.record({
      type: fc.constant('laneQueueLength' as const),
      lane: u64,
      queueLength: fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
    }),
    fc.record({
      type: fc.constant('error' as const),
      kind: fc.constantFrom(...ERROR_KINDS),
      message: fc.string({ unit: 'binary', maxLength: 100 }),
    }),
  ];
}

export const binaryResponse: fc.Arbitrary<ServerResponse> = fc.oneof(...responses(bytes));
export const textResponse: fc.Arbitrary<ServerResponse> = fc.oneof(...responses(utf8Bytes));
