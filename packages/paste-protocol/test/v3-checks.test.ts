// The hand-written checks of hot v3 messages (get requests, paste replies) and the envelope
// framing agree with the schemas and with a plain TextEncoder, on valid and invalid input alike.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { concatBytes, utf8 } from '@pastenym/crypto';
import {
  DEFAULT_LIMITS,
  decodeReply,
  decodeRequest,
  encodeReply,
  PasteProtocolError,
  type Reply,
} from '../src/index.js';
import { isRequestId } from '../src/v3/ids.js';
import { replyHeaderSchemas } from '../src/v3/reply-schema.js';
import { requestHeaderSchemas } from '../src/v3/request-schema.js';
import { base64UrlString, pasteIdArb, requestIdArb } from './helpers.js';

/** A v3 envelope around exactly this header text, framed independently of the code under test. */
function envelope(headerText: string, body: Uint8Array = new Uint8Array(0)): Uint8Array {
  const json = utf8(headerText);
  const prefix = Uint8Array.of(0x89, 0x50, 0x4e, 0x59, 3, 0, 0, 0, 0);
  new DataView(prefix.buffer).setUint32(5, json.length);
  return concatBytes(prefix, json, body);
}

/** JSON object text from entries, so that keys such as `__proto__` stay own keys. */
function objectText(entries: readonly (readonly [string, unknown])[]): string {
  return `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`).join(',')}}`;
}

// Values a header field may hold: valid ids of every length, near misses and other JSON types.
const fieldValueArb = fc.oneof(
  requestIdArb,
  pasteIdArb,
  base64UrlString(0, 3),
  base64UrlString(65, 70),
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.constantFrom(null, true, [], {}, 'abcdefgh ijklmnop', 'abcdefgh+ijklmnop'),
);
const extraKeyArb = fc.constantFrom('extra', '__proto__', 'pasteID', 'ownerToken', 'bundle');

describe('v3 get requests', () => {
  it('decode exactly as the get schema decides, with the same refusals', () => {
    const headerArb = fc.record(
      {
        id: fieldValueArb,
        pasteId: fieldValueArb,
        extras: fc.array(fc.tuple(extraKeyArb, fieldValueArb), { maxLength: 2 }),
      },
      { requiredKeys: ['extras'] },
    );
    fc.assert(
      fc.property(headerArb, ({ id, pasteId, extras }) => {
        const entries: [string, unknown][] = [
          ['v', 3],
          ['op', 'get'],
          ...(id === undefined ? [] : [['id', id] as [string, unknown]]),
          ...(pasteId === undefined ? [] : [['pasteId', pasteId] as [string, unknown]]),
          ...extras,
        ];
        const text = objectText(entries);
        const expected = requestHeaderSchemas.get.safeParse(JSON.parse(text));
        const result = decodeRequest(envelope(text), DEFAULT_LIMITS);
        if (expected.success) {
          const { id: requestId, pasteId: wantedId } = expected.data;
          expect(result).toEqual({
            ok: true,
            request: { op: 'get', id: requestId, pasteId: wantedId },
          });
        } else {
          const error = isRequestId(id)
            ? { code: 'request.malformed', message: 'invalid get', requestId: id }
            : { code: 'request.malformed', message: 'invalid get' };
          expect(result).toEqual({ ok: false, error });
        }
      }),
      { numRuns: 500 },
    );
  });

  it('refuse near misses with request.malformed and the request id', () => {
    const id = 'abcdefghijklmnop';
    const pasteId = 'q4Yt0R9yq4E2dD9H0s2l3Q';
    const get = (requestId: string, ...fields: [string, unknown][]) =>
      decodeRequest(
        envelope(objectText([['v', 3], ['id', requestId], ['op', 'get'], ...fields])),
        DEFAULT_LIMITS,
      );
    const refusals = [
      get(id, ['pasteId', pasteId], ['extra', 1]),
      get(id, ['pasteId', pasteId], ['__proto__', {}]),
      get(id, ['pasteId', 'abc']),
      get(id, ['pasteId', 'abc/defg']),
      get(id, ['pasteId', 12345678]),
      get(id),
    ];
    for (const result of refusals) {
      expect(result).toEqual({
        ok: false,
        error: { code: 'request.malformed', message: 'invalid get', requestId: id },
      });
    }
    expect(get('short', ['pasteId', pasteId])).toEqual({
      ok: false,
      error: { code: 'request.malformed', message: 'invalid get' },
    });
  });
});

describe('v3 paste replies', () => {
  const countArb = fc.oneof(
    fc.constant(null),
    fc.integer({ min: 0, max: 0xffff_ffff }),
    fc.constantFrom(-1, 0x1_0000_0000, 1.5, Number.NaN, Infinity, '5', undefined),
  );
  const replyArb = fc.record(
    {
      id: fc.oneof(requestIdArb, fieldValueArb),
      remainingViews: countArb,
      expiresIn: countArb,
      format: fc.constantFrom('v3', 'v2', 'v4'),
      encParams: fc.constantFrom(null, {}, 'x'),
      bundle: fc.uint8Array({ maxLength: 40 }),
      v: fc.constantFrom(3, 4),
      extra: fc.constant(1),
    },
    { requiredKeys: ['id', 'remainingViews', 'expiresIn', 'format', 'bundle'] },
  );

  it('encode exactly when the paste schema accepts them, byte for byte as framed by hand', () => {
    fc.assert(
      fc.property(replyArb, (fields) => {
        const reply = { op: 'paste', ...fields } as unknown as Reply;
        const { bundle, ...rest } = fields;
        const header: Record<string, unknown> = { v: 3, op: 'paste', ...rest };
        const agree = header['format'] === 'v3' ? !('encParams' in header) : 'encParams' in header;
        const valid = replyHeaderSchemas.paste.safeParse(header).success && agree;
        if (!valid) {
          expect(() => encodeReply(reply)).toThrow(PasteProtocolError);
          return;
        }
        expect(encodeReply(reply)).toEqual(envelope(JSON.stringify(header), bundle));
      }),
      { numRuns: 1000 },
    );
  });

  it('refuse counts that are not u32 or null, and stray fields', () => {
    const good = {
      op: 'paste',
      id: 'abcdefghijklmnop',
      remainingViews: null,
      expiresIn: 300,
      format: 'v3',
      bundle: Uint8Array.of(1),
    } as const;
    expect(encodeReply(good)).toEqual(
      envelope(JSON.stringify({ v: 3, ...good, bundle: undefined }), good.bundle),
    );
    for (const count of [-1, 0x1_0000_0000, 1.5, Number.NaN, '5', undefined]) {
      for (const field of ['remainingViews', 'expiresIn']) {
        expect(() => encodeReply({ ...good, [field]: count })).toThrow(PasteProtocolError);
      }
    }
    const strays = [{ encParams: null }, { v: 4 }, { extra: 1 }, { id: 'short' }];
    for (const stray of strays) {
      expect(() => encodeReply({ ...good, ...stray })).toThrow(PasteProtocolError);
    }
    expect(() => encodeReply({ ...good, format: 'v2' } as never)).toThrow(PasteProtocolError);
    // Only own fields count: an inherited `op` does not make a stray field acceptable.
    const { op: _op, ...own } = good;
    const inherited: unknown = Object.assign(Object.create({ op: 'paste' }) as object, own, {
      extra: 1,
    });
    expect(() => encodeReply(inherited as Reply)).toThrow(PasteProtocolError);
  });
});

describe('v3 envelopes', () => {
  // Any text, including lone surrogates (JSON.stringify escapes them) and astral characters.
  const textArb = fc.string({
    unit: fc.oneof(
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
      fc.constantFrom('\ud800', '\udfff', 'é', '€', '😀'),
    ),
    maxLength: 200,
  });

  it('frame headers of any text with their exact UTF-8 length', () => {
    fc.assert(
      fc.property(textArb, (message) => {
        const reply: Reply = { op: 'error', id: null, code: 'paste.not_found', message };
        const bytes = encodeReply(reply);
        expect(bytes).toEqual(envelope(JSON.stringify({ v: 3, ...reply })));
        expect(decodeReply(bytes)).toEqual({ ok: true, reply });
      }),
    );
  });

  it('read the header length as an unsigned 32-bit number', () => {
    const bytes = Uint8Array.of(0x89, 0x50, 0x4e, 0x59, 3, 0x80, 0, 0, 0, 0x7b, 0x7d);
    expect(decodeRequest(bytes, DEFAULT_LIMITS)).toMatchObject({
      ok: false,
      error: { code: 'request.too_large' },
    });
    const huge = { maxHeaderBytes: 2 ** 32, maxBodyBytes: 100 };
    expect(decodeReply(bytes, huge)).toEqual({
      ok: false,
      error: { code: 'request.malformed', message: 'header length exceeds the message' },
    });
  });
});
