import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeBase64, utf8, writeU64, concatBytes } from '@pastenym/crypto';
import {
  DEFAULT_LIMITS,
  decodeV2Request,
  parseLegacyExpiry,
  sdkFrame,
  v2ContentBytes,
  v2RequestCeiling,
  validateEncParams,
  type V2NewPaste,
} from '../src/index.js';

const params = {
  iv: encodeBase64(new Uint8Array(12).fill(1)),
  v: 1,
  iter: 10000,
  ks: 256,
  ts: 128,
  mode: 'gcm',
  adata: '',
  cipher: 'aes',
  salt: encodeBase64(new Uint8Array(8).fill(2)),
};

/** The three encodings the v2 backend accepted (plus the pre-1.0 SDK kind-byte framing). */
const encodings = (json: string): [string, Uint8Array][] => {
  const raw = utf8(json);
  const oldSdk = new Uint8Array(9);
  writeU64(oldSdk, 1, 0);
  return [
    ['json', raw],
    ['base64', utf8(encodeBase64(raw))],
    ['sdk', sdkFrame(raw, 'text/plain')],
    ['sdk', concatBytes(oldSdk, raw)],
  ];
};

const newText = (data: Record<string, unknown>) =>
  JSON.stringify({ event: 'newText', sender: 'legacy', data });

function pasteOf(json: string): V2NewPaste {
  const result = decodeV2Request(utf8(json), DEFAULT_LIMITS);
  if (!result.ok || result.request.event !== 'newText') throw new Error(JSON.stringify(result));
  return result.request.paste;
}

describe('v2 requests', () => {
  it('parse ping, newText and getText in every encoding', () => {
    const cases = [
      ['{"event":"ping","data":"empty"}', { event: 'ping' }],
      ['{"event":"ping","data":"emtpy"}', { event: 'ping' }],
      [
        '{"event":"getText","data":{"urlId":"  aZ3x_9Qp \\n"}}',
        { event: 'getText', urlId: 'aZ3x_9Qp' },
      ],
    ] as const;
    for (const [json, request] of cases) {
      for (const [encoding, bytes] of encodings(json)) {
        expect(decodeV2Request(bytes, DEFAULT_LIMITS)).toEqual({ ok: true, request, encoding });
      }
    }
    const create = newText({
      text: 'Y3Q=',
      private: true,
      burn: false,
      encParams: params,
      ipfs: false,
    });
    for (const [encoding, bytes] of encodings(create)) {
      const result = decodeV2Request(bytes, DEFAULT_LIMITS);
      expect(result).toMatchObject({ ok: true, encoding, request: { event: 'newText' } });
    }
  });

  it('normalise newText fields like the v2 backend, minus its defects', () => {
    const web = pasteOf(
      newText({
        text: 'Y3Q=',
        private: true,
        burn: true,
        burn_view: 50,
        encParams: params,
        ipfs: false,
        expiration_time: '1 week',
        expiration_height: null,
      }),
    );
    expect(web).toEqual({
      text: 'Y3Q=',
      encParams: params,
      private: true,
      burnViews: 50,
      expirySeconds: 604_800,
      expirationHeight: null,
      ipfs: false,
    });
    const cli = pasteOf(
      newText({
        text: '{"text":"hi","file":null}',
        burn: true,
        burn_view: 0,
        encParams: {
          iv: '',
          salt: '',
          adata: '',
          ks: 0,
          v: 0,
          iter: 0,
          ts: 0,
          mode: '',
          cipher: '',
        },
        expiration_time: '10m',
        expiration_height: -1,
      }),
    );
    expect(cli).toMatchObject({
      encParams: null,
      burnViews: 1,
      expirySeconds: 600,
      expirationHeight: null,
    });
    expect(
      pasteOf(newText({ text: 'x', encParams: '', burn: true, burn_view: 10001 })),
    ).toMatchObject({
      encParams: null,
      burnViews: 1,
      expirySeconds: null,
    });
    expect(
      pasteOf(newText({ text: 'x', burn: false, burn_view: 5, expiration_height: 6 })),
    ).toMatchObject({
      burnViews: null,
      expirationHeight: 6,
    });
  });

  it('reply with the v2 error strings', () => {
    const refuse = (json: string) => {
      const result = decodeV2Request(utf8(json), DEFAULT_LIMITS);
      return result.ok ? undefined : result.reply;
    };
    expect(refuse(newText({ private: true }))).toBe('Message has no text!');
    expect(refuse(newText({ text: '' }))).toBe('Message has no text!');
    expect(refuse(newText({ text: 'x', encParams: { ...params, ks: 512 } }))).toBe(
      'Error with text to share',
    );
    expect(refuse(newText({ text: 'x', expiration_time: 'next tuesday' }))).toBe(
      'Error with text to share',
    );
    expect(refuse('{"event":"deleteText","data":{}}')).toBe('Error event deleteText not found');
    expect(refuse('{"data":{}}')).toMatch(/^Error parsing message: /);
    expect(refuse('not json at all')).toMatch(/^Error parsing message: /);
    expect(refuse('{"event":"getText","data":{"urlId":"../etc"}}')).toEqual({
      error: 'text not found',
    });
    const small = { ...DEFAULT_LIMITS, maxV2ContentBytes: 10, maxV2RequestBytes: 10 };
    const big = decodeV2Request(utf8(newText({ text: 'x' })), small);
    expect(big).toMatchObject({ ok: false, reply: 'Error text too long. Max is 10' });
  });

  it('never throw on random or mutated bytes', () => {
    const valid = utf8(newText({ text: 'Y3Q=', burn: true, burn_view: 3, encParams: params }));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 200 }),
          fc.string().map(utf8),
          fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 1, max: 255 })).map(([i, x]) => {
            const copy = valid.slice();
            copy[i] = copy[i]! ^ x;
            return copy;
          }),
          fc.jsonValue().map((data) => utf8(JSON.stringify({ event: 'newText', data }))),
        ),
        (bytes) => {
          expect(typeof decodeV2Request(bytes, DEFAULT_LIMITS).ok).toBe('boolean');
        },
      ),
    );
  });
});

describe('v2 size limit', () => {
  const limits = { ...DEFAULT_LIMITS, maxV2ContentBytes: 3000 };
  const limited = { ...limits, maxV2RequestBytes: v2RequestCeiling(limits.maxV2ContentBytes) };
  const sizes = (json: string) =>
    encodings(json).map(([, bytes]) => decodeV2Request(bytes, limited));

  it('counts the decoded ciphertext of encrypted pastes, whatever wraps the request', () => {
    const exact = encodeBase64(new Uint8Array(3000));
    const over = encodeBase64(new Uint8Array(3001));
    expect(v2ContentBytes(exact, true)).toBe(3000);
    for (const result of sizes(newText({ text: exact, encParams: params }))) {
      expect(result.ok).toBe(true);
    }
    for (const result of sizes(newText({ text: over, encParams: params }))) {
      expect(result).toMatchObject({ ok: false, reply: 'Error text too long. Max is 3000' });
    }
  });

  it('counts the UTF-8 bytes of public texts', () => {
    expect(v2ContentBytes('é'.repeat(1500), false)).toBe(3000);
    expect(sizes(newText({ text: 'é'.repeat(1500), encParams: '' }))[0]?.ok).toBe(true);
    expect(sizes(newText({ text: `${'é'.repeat(1500)}x`, encParams: '' }))[0]).toMatchObject({
      ok: false,
    });
  });
});

describe('SJCL encParams', () => {
  it('accept the layout v2 clients produced and refuse everything else', () => {
    expect(validateEncParams(params)).toEqual({ ok: true, params });
    expect(validateEncParams({ ...params, ct: 'leftover' })).toEqual({ ok: true, params });
    expect(validateEncParams({ ...params, iv: encodeBase64(new Uint8Array(16)) }).ok).toBe(true);
    const bad = [
      { ...params, salt: encodeBase64(new Uint8Array(16)) },
      { ...params, iv: encodeBase64(new Uint8Array(7)) },
      { ...params, iv: 'not base64!' },
      { ...params, ks: 512 },
      { ...params, ts: 32 },
      { ...params, mode: 'cbc' },
      { ...params, adata: 'x' },
      { ...params, cipher: 'des' },
      { ...params, iter: 1.5 },
      { ...params, v: '1' },
      { ...params, salt: '' },
      'encrypted',
      [],
    ];
    for (const value of bad) expect(validateEncParams(value).ok).toBe(false);
    expect(validateEncParams('')).toEqual({ ok: true, params: null });
    expect(validateEncParams({ iv: '', adata: '', salt: '' })).toEqual({ ok: true, params: null });
  });
});

describe('legacy expiry strings', () => {
  it('parse to durations', () => {
    const cases: [string, number | null][] = [
      ['', null],
      ['5 minutes', 300],
      ['10 minutes', 600],
      ['1 hour', 3600],
      ['12 hours', 43_200],
      ['1 week', 604_800],
      ['1 month', 2_592_000],
      ['6 months', 15_552_000],
      ['10m', 600],
      ['1h', 3600],
      ['1d', 86_400],
      ['1w', 604_800],
      ['month', 2_592_000],
      ['year', 31_536_000],
      ['in 2 days', 172_800],
      ['a week', 604_800],
      [' 30 Seconds ', 30],
    ];
    for (const [text, seconds] of cases) expect(parseLegacyExpiry(text)).toBe(seconds);
  });

  it('refuse what does not parse, never meaning "now"', () => {
    for (const text of [
      '0m',
      'soon',
      '5 fortnights',
      '-1d',
      '1.5h',
      'tomorrow',
      '999999 years',
      'ms',
    ]) {
      expect(parseLegacyExpiry(text)).toBeUndefined();
    }
  });
});
