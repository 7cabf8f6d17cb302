import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeBase58 } from '@pastenym/crypto';
import {
  NymApiError,
  Recipient,
  encodeSenderTag,
  parseSenderTag,
  tryParseSenderTag,
} from '../src/index.js';
import { recipient, senderTag } from './arbitraries.js';
import { notAPoint, TEST_ADDRESS, TEST_RECIPIENT_HEX, hex } from './helpers.js';

describe('Recipient', () => {
  it('round-trips through text and bytes', () => {
    fc.assert(
      fc.property(recipient, (r) => {
        expect(Recipient.parse(r.toString()).equals(r)).toBe(true);
        expect(Recipient.fromBytes(r.toBytes()).toString()).toBe(r.toString());
        expect([...r.identity, ...r.encryptionKey, ...r.gateway]).toEqual([...r.toBytes()]);
      }),
      { numRuns: 50 },
    );
  });

  it('hands out copies', () => {
    const r = Recipient.parse(TEST_ADDRESS);
    r.toBytes().fill(0);
    r.identity.fill(0);
    expect(r.toBytes()).toEqual(hex(TEST_RECIPIENT_HEX));
  });

  it('throws typed errors with a stable code', () => {
    for (const bad of ['', 'x', 'a.b@c', `${TEST_ADDRESS}@`]) {
      expect(() => Recipient.parse(bad)).toThrow(
        expect.objectContaining({ code: 'nym_api.invalid_address' }),
      );
    }
    expect(() => Recipient.fromBytes(new Uint8Array(95))).toThrow(NymApiError);
    const result = Recipient.tryFromBytes(new Uint8Array(95));
    expect(result.ok || result.error.message).toBe('recipient must be 96 bytes, got 95');
  });

  it('requires curve points for the identity and the gateway only', () => {
    const [identity, rest] = TEST_ADDRESS.split('.') as [string, string];
    const gateway = rest.split('@')[1]!;
    const bad = encodeBase58(notAPoint());
    expect(Recipient.tryParse(`${identity}.${bad}@${gateway}`).ok).toBe(true);
    expect(Recipient.tryParse(`${bad}.${bad}@${gateway}`).ok).toBe(false);
    expect(Recipient.tryParse(`${identity}.${bad}@${bad}`).ok).toBe(false);
  });

  it('accepts what the real client accepts: non-canonical y and "negative zero" x', () => {
    // y = p (non-canonical 1) and the identity point with its sign bit set.
    const nonCanonical = hex('edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f');
    const negativeZero = hex('0100000000000000000000000000000000000000000000000000000000000080');
    for (const key of [nonCanonical, negativeZero]) {
      const raw = hex(TEST_RECIPIENT_HEX);
      raw.set(key, 0);
      expect(Recipient.tryFromBytes(raw).ok).toBe(true);
    }
  });
});

describe('sender tags', () => {
  it('round-trip through base58', () => {
    fc.assert(
      fc.property(senderTag, (tag) => {
        expect(parseSenderTag(encodeSenderTag(tag))).toEqual(tag);
      }),
    );
  });

  it('reject other lengths and bad characters with the real texts', () => {
    expect(() => encodeSenderTag(new Uint8Array(15))).toThrow(
      expect.objectContaining({ code: 'nym_api.invalid_sender_tag' }),
    );
    const short = tryParseSenderTag('2');
    expect(short.ok || short.error.message).toBe(
      'Decoded AnonymousSenderTag has invalid length. Expected 16, but got 1',
    );
    const bad = tryParseSenderTag('a\nb');
    expect(bad.ok || bad.error.message).toBe(
      "Failed to decode the base58-encoded string - provided string contained invalid character '\\n' at byte 1",
    );
  });
});
