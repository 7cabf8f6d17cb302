import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodeBinaryRequest,
  decodeBinaryResponse,
  decodeRequestFrame,
  decodeResponseFrame,
  decodeTextRequest,
  decodeTextResponse,
  encodeBinaryRequest,
  encodeBinaryResponse,
  encodeRequestFrame,
  encodeResponseFrame,
  encodeTextRequest,
  encodeTextResponse,
} from '../src/index.js';
import {
  binaryRequest,
  binaryResponse,
  senderTag,
  textRequest,
  textResponse,
} from './arbitraries.js';

function roundTrips<T, Wire>(
  what: string,
  values: fc.Arbitrary<T>,
  encode: (value: T) => Wire,
  decode: (wire: Wire) => unknown,
): void {
  it(`${what}: decode(encode(x)) = x`, () => {
    fc.assert(
      fc.property(values, (value) => {
        expect(decode(encode(value))).toEqual({ ok: true, value });
      }),
    );
  });
}

describe('codec round trips', () => {
  roundTrips('binary requests', binaryRequest, encodeBinaryRequest, decodeBinaryRequest);
  roundTrips('text requests', textRequest, encodeTextRequest, decodeTextRequest);
  roundTrips('binary responses', binaryResponse, encodeBinaryResponse, decodeBinaryResponse);
  roundTrips('text responses', textResponse, encodeTextResponse, decodeTextResponse);

  it('frames of either mode round-trip through the frame functions', () => {
    fc.assert(
      fc.property(
        textRequest,
        textResponse,
        fc.constantFrom('binary' as const, 'text' as const),
        (request, response, mode) => {
          const requestFrame = encodeRequestFrame(request, mode);
          const responseFrame = encodeResponseFrame(response, mode);
          expect(requestFrame.type).toBe(mode);
          expect(responseFrame.type).toBe(mode);
          // Binary reads an explicit 0n id as null; text keeps it.
          const expected =
            mode === 'binary' && 'connectionId' in request && request.connectionId === 0n
              ? { ...request, connectionId: null }
              : request;
          expect(decodeRequestFrame(requestFrame)).toEqual({ ok: true, value: expected });
          expect(decodeResponseFrame(responseFrame)).toEqual({ ok: true, value: response });
        },
      ),
    );
  });

  it('text `received` carries any bytes as their lossy UTF-8 decoding', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 200 }),
        fc.option(senderTag, { nil: null }),
        (message, tag) => {
          const decoded = decodeTextResponse(
            encodeTextResponse({ type: 'received', message, senderTag: tag }),
          );
          const lossy = new TextEncoder().encode(
            new TextDecoder('utf-8', { ignoreBOM: true }).decode(message),
          );
          expect(decoded).toEqual({
            ok: true,
            value: { type: 'received', message: lossy, senderTag: tag },
          });
        },
      ),
    );
  });
});

describe('decoders never throw', () => {
  it('on any bytes or text', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 200 }),
        fc.string({ maxLength: 200 }),
        (bytes, text) => {
          for (const decoded of [
            decodeBinaryRequest(bytes),
            decodeBinaryResponse(bytes),
            decodeTextRequest(text),
            decodeTextResponse(text),
          ]) {
            expect(typeof decoded.ok).toBe('boolean');
          }
        },
      ),
    );
  });

  it('on every truncation and every bit flip of a valid binary request', () => {
    fc.assert(
      fc.property(binaryRequest, fc.nat(), fc.nat(), (request, cut, flip) => {
        const frame = encodeBinaryRequest(request);
        const truncated = frame.subarray(0, cut % (frame.length + 1));
        const flipped = frame.slice();
        flipped[flip % frame.length]! ^= 1 << (flip % 8);
        for (const bad of [truncated, flipped]) {
          const decoded = decodeBinaryRequest(bad);
          if (!decoded.ok) expect(decoded.error.type).toBe('error');
        }
      }),
      { numRuns: 200 },
    );
  });
});
