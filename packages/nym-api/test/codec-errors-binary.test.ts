import { describe, expect, it } from 'vitest';
import { decodeBinaryRequest, decodeBinaryResponse, type ErrorKind } from '../src/index.js';
import { frameOf as cat, u64 } from '../src/codec/binary-io.js';
import { hex, notAPoint, TEST_RECIPIENT_HEX } from './helpers.js';

const R = hex(TEST_RECIPIENT_HEX);

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
  const cases: [string, Uint8Array, ErrorKind, string][] = [
    ['empty frame', new Uint8Array(0), 'emptyRequest', 'no data provided'],
    [
      'unknown tag 6',
      Uint8Array.of(6),
      'unknownRequest',
      '6 does not correspond to any valid request tag',
    ],
    [
      'unknown tag 255',
      Uint8Array.of(255, 1, 2),
      'unknownRequest',
      '255 does not correspond to any valid request tag',
    ],
    [
      'send too short',
      cat(0, R, u64(0n), 0, 0, 0, 0, 0, 0, 0),
      'tooShortRequest',
      "not enough data provided to recover 'send'",
    ],
    [
      'sendAnonymous too short',
      cat(1, 0, 0, 0, 1, R, u64(0n)),
      'tooShortRequest',
      "not enough data provided to recover 'send_anonymous'",
    ],
    [
      'reply too short',
      cat(2, new Uint8Array(16), u64(0n)),
      'tooShortRequest',
      "not enough data provided to recover 'reply'",
    ],
    [
      'send with a length longer than the data',
      cat(0, R, u64(42n), u64(5n), 1, 2, 3, 4),
      'malformedRequest',
      'data len has inconsistent length. specified: 5 got: 4',
    ],
    [
      'sendAnonymous with a length shorter than the data',
      cat(1, 0, 0, 0, 9, R, u64(0n), u64(1n), 1, 2),
      'malformedRequest',
      'data len has inconsistent length. specified: 1 got: 2',
    ],
    [
      'send with the largest u64 as length',
      cat(0, R, u64(0n), u64((1n << 64n) - 1n)),
      'malformedRequest',
      'data len has inconsistent length. specified: 18446744073709551615 got: 0',
    ],
    [
      'reply with an inconsistent length says "message len"',
      cat(2, new Uint8Array(16), u64(0n), u64(3n)),
      'malformedRequest',
      'message len has inconsistent length. specified: 3 got: 0',
    ],
    [
      'identity key that is not a curve point',
      cat(0, withKey(0, notAPoint()), u64(0n), foomp),
      'malformedRequest',
      "malformed recipient: recipient's identity key is malformed: signature error: Cannot decompress Edwards point",
    ],
    [
      'gateway key that is not a curve point',
      cat(0, withKey(64, notAPoint()), u64(0n), foomp),
      'malformedRequest',
      "malformed recipient: recipient gateway's identity key is malformed: signature error: Cannot decompress Edwards point",
    ],
    [
      'the recipient is checked before the length',
      cat(1, 0, 0, 0, 0, withKey(0, notAPoint()), u64(0n), u64(9n)),
      'malformedRequest',
      "malformed recipient: recipient's identity key is malformed: signature error: Cannot decompress Edwards point",
    ],
    [
      'closedConnection of the wrong length',
      cat(4, 0, 0, 0),
      'malformedRequest',
      'The received closed connection has invalid length',
    ],
    [
      'getLaneQueueLength of the wrong length',
      cat(5, u64(1n), 0),
      'malformedRequest',
      'The received get lane queue lengths has invalid length',
    ],
  ];
  for (const [name, frame, kind, message] of cases) it(name, fails(frame, kind, message));

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
    const short: [Uint8Array, string][] = [
      [Uint8Array.of(1, 0, 0), 'received'],
      [cat(1, 1, new Uint8Array(16)), 'received'],
      [Uint8Array.of(2, 1), 'self_address'],
      [Uint8Array.of(3, 1), 'lane_queue_length'],
      [Uint8Array.of(0, 1), 'error'],
    ];
    for (const [frame, name] of short) {
      fail(frame, 'tooShortResponse', `not enough data provided to recover '${name}'`);
    }
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
