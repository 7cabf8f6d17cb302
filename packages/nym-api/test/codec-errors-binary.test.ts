import { describe, expect, it } from 'vitest';
import { decodeBinaryRequest, decodeBinaryResponse, type ErrorKind } from '../src/index.js';
import { hex, notAPoint, TEST_RECIPIENT_HEX } from './helpers.js';

const R = hex(TEST_RECIPIENT_HEX);
const u64 = (value: bigint): Uint8Array => {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, value);
  return out;
};
const cat = (...parts: (number | Uint8Array)[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'number' ? [part] : [...part])));

function withKey(offset: number, key: Uint8Array): Uint8Array {
  const recipient = R.slice();
  recipient.set(key, offset);
  return recipient;
}

const fails = (frame: Uint8Array, kind: ErrorKind, message: string) => () =>
  expect(decodeBinaryRequest(frame)).toEqual({
    ok: false,
    error: { type: 'error', kind, message },
  });

describe('binary request errors (the real client checks, in its order, with its words)', () => {
  const foomp = cat(u64(5n), ...new TextEncoder().encode('foomp'));

  it('empty frame', fails(new Uint8Array(0), 'emptyRequest', 'no data provided'));
  it(
    'unknown tag 6',
    fails(Uint8Array.of(6), 'unknownRequest', '6 does not correspond to any valid request tag'),
  );
  it(
    'unknown tag 255',
    fails(
      Uint8Array.of(255, 1, 2),
      'unknownRequest',
      '255 does not correspond to any valid request tag',
    ),
  );
  it(
    'send too short',
    fails(
      cat(0, R, u64(0n), 0, 0, 0, 0, 0, 0, 0),
      'tooShortRequest',
      "not enough data provided to recover 'send'",
    ),
  );
  it(
    'sendAnonymous too short',
    fails(
      cat(1, 0, 0, 0, 1, R, u64(0n)),
      'tooShortRequest',
      "not enough data provided to recover 'send_anonymous'",
    ),
  );
  it(
    'reply too short',
    fails(
      cat(2, new Uint8Array(16), u64(0n)),
      'tooShortRequest',
      "not enough data provided to recover 'reply'",
    ),
  );
  it(
    'send with a length longer than the data',
    fails(
      cat(0, R, u64(42n), u64(5n), 1, 2, 3, 4),
      'malformedRequest',
      'data len has inconsistent length. specified: 5 got: 4',
    ),
  );
  it(
    'sendAnonymous with a length shorter than the data',
    fails(
      cat(1, 0, 0, 0, 9, R, u64(0n), u64(1n), 1, 2),
      'malformedRequest',
      'data len has inconsistent length. specified: 1 got: 2',
    ),
  );
  it(
    'send with the largest u64 as length',
    fails(
      cat(0, R, u64(0n), u64((1n << 64n) - 1n)),
      'malformedRequest',
      'data len has inconsistent length. specified: 18446744073709551615 got: 0',
    ),
  );
  it(
    'reply with an inconsistent length says "message len"',
    fails(
      cat(2, new Uint8Array(16), u64(0n), u64(3n)),
      'malformedRequest',
      'message len has inconsistent length. specified: 3 got: 0',
    ),
  );
  it(
    'identity key that is not a curve point',
    fails(
      cat(0, withKey(0, notAPoint()), u64(0n), foomp),
      'malformedRequest',
      "malformed recipient: recipient's identity key is malformed: signature error: Cannot decompress Edwards point",
    ),
  );
  it(
    'gateway key that is not a curve point',
    fails(
      cat(0, withKey(64, notAPoint()), u64(0n), foomp),
      'malformedRequest',
      "malformed recipient: recipient gateway's identity key is malformed: signature error: Cannot decompress Edwards point",
    ),
  );
  it(
    'the recipient is checked before the length',
    fails(
      cat(1, 0, 0, 0, 0, withKey(0, notAPoint()), u64(0n), u64(9n)),
      'malformedRequest',
      "malformed recipient: recipient's identity key is malformed: signature error: Cannot decompress Edwards point",
    ),
  );
  it(
    'closedConnection of the wrong length',
    fails(cat(4, 0, 0, 0), 'malformedRequest', 'The received closed connection has invalid length'),
  );
  it(
    'getLaneQueueLength of the wrong length',
    fails(
      cat(5, u64(1n), 0),
      'malformedRequest',
      'The received get lane queue lengths has invalid length',
    ),
  );

  it('accepts any encryption key and ignores bytes after a selfAddress tag', () => {
    const frame = cat(0, withKey(32, notAPoint()), u64(7n), foomp);
    expect(decodeBinaryRequest(frame)).toMatchObject({
      ok: true,
      value: { type: 'send', connectionId: 7n },
    });
    expect(decodeBinaryRequest(Uint8Array.of(3, 1, 2, 3))).toEqual({
      ok: true,
      value: { type: 'selfAddress' },
    });
  });

  it('reads a zero connection id as none', () => {
    expect(decodeBinaryRequest(cat(0, R, u64(0n), foomp))).toMatchObject({
      ok: true,
      value: { connectionId: null },
    });
  });
});

describe('binary response errors', () => {
  const fail = (frame: Uint8Array, kind: ErrorKind, message: string) =>
    expect(decodeBinaryResponse(frame)).toEqual({
      ok: false,
      error: { type: 'error', kind, message },
    });

  it('empty, unknown and short frames', () => {
    fail(new Uint8Array(0), 'emptyResponse', 'no data provided');
    fail(Uint8Array.of(4), 'unknownResponse', '4 does not correspond to any valid response tag');
    fail(
      Uint8Array.of(1, 0, 0),
      'tooShortResponse',
      "not enough data provided to recover 'received'",
    );
    fail(
      cat(1, 1, new Uint8Array(16)),
      'tooShortResponse',
      "not enough data provided to recover 'received'",
    );
    fail(
      Uint8Array.of(2, 1),
      'tooShortResponse',
      "not enough data provided to recover 'self_address'",
    );
    fail(
      Uint8Array.of(3, 1),
      'tooShortResponse',
      "not enough data provided to recover 'lane_queue_length'",
    );
    fail(Uint8Array.of(0, 1), 'tooShortResponse', "not enough data provided to recover 'error'");
  });

  it('malformed frames', () => {
    fail(cat(1, 2, u64(0n)), 'malformedResponse', 'invalid sender tag flag 2');
    fail(
      cat(1, 0, u64(2n), 1),
      'malformedResponse',
      'message len has inconsistent length. specified: 2 got: 1',
    );
    fail(
      cat(2, withKey(64, notAPoint())),
      'malformedResponse',
      "malformed Recipient: recipient gateway's identity key is malformed: signature error: Cannot decompress Edwards point",
    );
    fail(cat(0, 0x05, u64(0n)), 'malformedResponse', '5 is not a valid error kind');
    fail(
      cat(0, 0xff, u64(1n), 0xff),
      'malformedResponse',
      'malformed error message: invalid utf-8 sequence',
    );
  });
});
