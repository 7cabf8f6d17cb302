import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_LIMITS, decodeReply, encodeReply, serverInfo, type Reply } from '../src/index.js';
import { mutated, replyArb } from './v3-arbitraries.js';

describe('v3 replies', () => {
  it('round-trip through encode and decode', () => {
    fc.assert(
      fc.property(replyArb, (reply) => {
        expect(decodeReply(encodeReply(reply))).toEqual({ ok: true, reply });
      }),
    );
  });

  it('never throw on random or mutated bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(decodeReply(bytes).ok).toBe(false);
      }),
    );
    fc.assert(
      fc.property(
        replyArb.chain((r) => mutated(encodeReply(r))),
        (bytes) => {
          expect(typeof decodeReply(bytes).ok).toBe('boolean');
        },
      ),
    );
  });

  it('refuse bodies above the reply limit', () => {
    const reply: Reply = {
      op: 'paste',
      id: 'abcdefghijklmnop',
      remainingViews: null,
      expiresIn: null,
      format: 'v3',
      bundle: new Uint8Array(101),
    };
    const limitsOf = (maxBodyBytes: number) => ({ maxHeaderBytes: 1000, maxBodyBytes });
    expect(decodeReply(encodeReply(reply), limitsOf(100))).toMatchObject({
      error: { code: 'request.too_large' },
    });
    expect(decodeReply(encodeReply(reply), limitsOf(101)).ok).toBe(true);
  });

  it('read a pong from a newer server, dropping the fields of its info they do not know', () => {
    const info = serverInfo(DEFAULT_LIMITS, { version: '9.0.0', difficulty: 16 });
    const newer = { ...info, pow: { ...info.pow, future: 1 }, future: { limit: 2 } };
    const pong = { op: 'pong', id: 'abcdefghijklmnop', info: newer } as unknown as Reply;
    expect(decodeReply(encodeReply(pong))).toEqual({
      ok: true,
      reply: { op: 'pong', id: 'abcdefghijklmnop', info },
    });
  });
});
