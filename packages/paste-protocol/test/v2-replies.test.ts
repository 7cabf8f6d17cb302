import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromUtf8, readU64 } from '@pastenym/crypto';
import {
  encodeV2Reply,
  pythonJson,
  unwrapV2Payload,
  v2GetTextReply,
  v2NewTextReply,
  v2NotFoundReply,
  v2PingReply,
  V2_ERRORS,
  openLegacyPaste,
} from '../src/index.js';
import { providers } from './helpers.js';

const text = (bytes: Uint8Array) => fromUtf8(bytes);

describe('v2 replies', () => {
  it('have the exact v2 shapes', () => {
    expect(text(encodeV2Reply(v2PingReply(), 'json'))).toBe(
      '{"version": "2.0.3", "alive": true, "capabilities": {"ipfs_hosting": false, "expiration_bitcoin_height": false}}',
    );
    expect(text(encodeV2Reply(v2NewTextReply('aZ3x_9Qp'), 'base64'))).toBe(
      '{"ipfs": false, "url_id": "aZ3x_9Qp"}',
    );
    expect(text(encodeV2Reply(v2NotFoundReply(), 'json'))).toBe('{"error": "text not found"}');
    expect(text(encodeV2Reply(V2_ERRORS.noText, 'json'))).toBe('"Message has no text!"');
  });

  it('build getText with ISO dates in Z, the creation day only, and a coarse expiry', () => {
    const created = Date.UTC(2024, 4, 17, 13, 45, 12, 345);
    const now = Date.UTC(2024, 4, 18, 9, 0, 0, 500);
    const encParams = {
      iv: 'AAAAAAAAAAAAAAAA',
      v: 1,
      iter: 10000,
      ks: 256 as const,
      ts: 128 as const,
      mode: 'gcm' as const,
      adata: '' as const,
      cipher: 'aes' as const,
      salt: 'AAAAAAAAAAA=',
    };
    const reply = v2GetTextReply(
      {
        text: 'Y3Q=',
        encParams,
        numView: 2,
        createdAt: created,
        burnViews: 5,
        expiresAt: now + 3 * 86_400_000 + 7_000,
        expirationHeight: null,
      },
      now,
    );
    expect(Object.keys(reply)).toEqual([
      'text',
      'num_view',
      'created_on',
      'is_burn',
      'is_ipfs',
      'burn_view',
      'expiration_time',
      'expiration_height',
      'encParams',
    ]);
    expect(reply).toMatchObject({
      created_on: '2024-05-17T00:00:00Z',
      is_burn: true,
      burn_view: 5,
      // 3 days and 7 s left: rounded up to 4 days from now (whole seconds).
      expiration_time: '2024-05-22T09:00:00Z',
      expiration_height: null,
    });
    const open = v2GetTextReply(
      {
        text: '{}',
        encParams: null,
        numView: 1,
        createdAt: created,
        burnViews: null,
        expiresAt: null,
        expirationHeight: 7,
      },
      now,
    );
    expect(open).toMatchObject({
      is_burn: false,
      burn_view: 0,
      expiration_time: null,
      expiration_height: 7,
    });
    expect(open).not.toHaveProperty('encParams');
  });

  it('HTML-escape text like v2 stored it, which the legacy reader undoes', async () => {
    const body = JSON.stringify({ text: `<b>"Tom" & 'Jerry'</b>`, file: null });
    const stored = {
      text: body,
      encParams: null,
      numView: 1,
      createdAt: 0,
      burnViews: null,
      expiresAt: null,
      expirationHeight: null,
    };
    const escaped = v2GetTextReply(stored, 0)['text'] as string;
    expect(escaped).toBe(
      '{&quot;text&quot;:&quot;&lt;b&gt;\\&quot;Tom\\&quot; &amp; &#x27;Jerry&#x27;&lt;/b&gt;&quot;,&quot;file&quot;:null}',
    );
    expect(v2GetTextReply(stored, 0, { htmlEscape: false })['text']).toBe(body);
    const content = await openLegacyPaste(
      { crypto: providers[0]! },
      { text: escaped, encParams: null },
      undefined,
    );
    expect(content.text).toBe(`<b>"Tom" & 'Jerry'</b>`);
    expect(v2GetTextReply({ ...stored, text: 'YWJj+/9=' }, 0)['text']).toBe('YWJj+/9=');
  });

  it('frame replies to SDK clients as the SDK does', () => {
    const framed = encodeV2Reply(v2NewTextReply('abcdefgh'), 'sdk');
    const length = readU64(framed, 0)!;
    expect(text(framed.subarray(8, 8 + length))).toBe(
      '{"mimeType":"application/json","headers":null}',
    );
    expect(text(framed.subarray(8 + length))).toBe('{"ipfs": false, "url_id": "abcdefgh"}');
    expect(unwrapV2Payload(framed)).toMatchObject({ ok: true, encoding: 'sdk' });
  });
});

describe('Python-style JSON', () => {
  it('escapes non-ASCII like json.dumps and stays valid JSON', () => {
    expect(pythonJson({ a: 'é😀', b: [1, null, true] })).toBe(
      '{"a": "\\u00e9\\ud83d\\ude00", "b": [1, null, true]}',
    );
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const out = pythonJson(value);
        expect(/^[\x20-\x7e]*$/.test(out)).toBe(true);
        expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});
