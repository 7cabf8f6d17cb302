import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeBase64, utf8 } from '@pastenym/crypto';
import {
  decodeRequest,
  encodeRequest,
  isV3Message,
  sdkFrame,
  type Limits,
  type Request,
} from '../src/index.js';
import { limits, mutated, requestArb } from './v3-arbitraries.js';

describe('v3 requests', () => {
  it('round-trip through encode and decode', () => {
    fc.assert(
      fc.property(requestArb, (request) => {
        const decoded = decodeRequest(encodeRequest(request), limits);
        expect(decoded).toEqual({ ok: true, request });
      }),
    );
  });

  it('never throw on random or mutated bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(decodeRequest(bytes, limits).ok).toBe(false);
      }),
    );
    fc.assert(
      fc.property(
        requestArb.chain((r) => mutated(encodeRequest(r))),
        (bytes) => {
          const result = decodeRequest(bytes, limits);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
    );
  });

  it('carry the public flag only for explicitly public pastes', () => {
    const base = {
      op: 'create' as const,
      id: 'abcdefghijklmnop',
      pow: null,
      bundle: Uint8Array.of(1),
    };
    const options = { expirySeconds: 300, maxViews: 1 };
    const text = (r: Request) => new TextDecoder().decode(encodeRequest(r));
    expect(text({ ...base, options: { ...options, public: false } })).not.toContain('public');
    expect(text({ ...base, options: { ...options, public: true } })).toContain('"public":true');
  });

  it('enforce the limits while decoding, replying with the request id when known', () => {
    const id = 'abcdefghijklmnop';
    const create = (over: Partial<{ expirySeconds: number; maxViews: number | null }>, size = 10) =>
      encodeRequest({
        op: 'create',
        id,
        options: { expirySeconds: 300, maxViews: 1, public: false, ...over },
        pow: null,
        bundle: new Uint8Array(size),
      });
    const small: Limits = { ...limits, maxBundleBytes: 100, maxViews: 5 };
    expect(decodeRequest(create({}, 101), small)).toMatchObject({
      ok: false,
      error: { code: 'request.too_large', requestId: id },
    });
    expect(decodeRequest(create({ expirySeconds: 301 }), small)).toMatchObject({
      ok: false,
      error: { code: 'request.invalid_options', requestId: id },
    });
    expect(decodeRequest(create({ maxViews: 6 }), small)).toMatchObject({
      ok: false,
      error: { code: 'request.invalid_options' },
    });
    expect(decodeRequest(create({}, 100), small).ok).toBe(true);
    expect(decodeRequest(create({}, 0), small)).toMatchObject({
      error: { code: 'request.malformed' },
    });
    const tinyHeader: Limits = { ...limits, maxHeaderBytes: 20 };
    expect(decodeRequest(create({}), tinyHeader)).toMatchObject({
      error: { code: 'request.too_large' },
    });
  });

  it('tell unsupported versions and operations apart from garbage', () => {
    const ping = encodeRequest({ op: 'ping', id: 'abcdefghijklmnop' });
    const v4 = ping.slice();
    v4[4] = 4;
    expect(decodeRequest(v4, limits)).toMatchObject({
      error: { code: 'request.unsupported_version' },
    });
    const header = (obj: object) => {
      const json = utf8(JSON.stringify(obj));
      const out = new Uint8Array(9 + json.length);
      out.set([0x89, 0x50, 0x4e, 0x59, 3, 0, 0, 0, json.length]);
      out.set(json, 9);
      return out;
    };
    const id = 'abcdefghijklmnop';
    expect(decodeRequest(header({ v: 3, id, op: 'list' }), limits)).toMatchObject({
      error: { code: 'request.unsupported_operation', requestId: id },
    });
    expect(decodeRequest(header({ v: 4, id, op: 'ping' }), limits)).toMatchObject({
      error: { code: 'request.unsupported_version' },
    });
    expect(decodeRequest(header({ v: 3, id, op: 'ping', extra: 1 }), limits)).toMatchObject({
      error: { code: 'request.malformed' },
    });
    expect(decodeRequest(Uint8Array.from([...ping, 1]), limits)).toMatchObject({
      error: { code: 'request.malformed' },
    });
  });

  it('are told apart from every v2 encoding by their first byte', () => {
    const json = utf8('{"event":"ping","data":"empty"}');
    for (const v2 of [json, utf8(encodeBase64(json)), sdkFrame(json)]) {
      expect(isV3Message(v2)).toBe(false);
      expect(decodeRequest(v2, limits)).toMatchObject({ error: { code: 'request.malformed' } });
    }
    expect(isV3Message(encodeRequest({ op: 'ping', id: 'abcdefghijklmnop' }))).toBe(true);
  });
});
