import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeContent, encodeContent } from '../src/format/content.js';
import { deflateRaw, inflateRaw } from '../src/format/compress.js';
import { pad, unpad } from '../src/format/padding.js';
import { paddedLength } from '../src/index.js';
import { contentArb } from './helpers.js';

describe('content codec', () => {
  it('round-trips text and attachments', () => {
    fc.assert(
      fc.property(contentArb, (content) => {
        expect(decodeContent(encodeContent(content))).toEqual(content);
      }),
    );
  });

  it('never throws on random or truncated input', () => {
    fc.assert(
      fc.property(contentArb, fc.nat(), fc.uint8Array({ maxLength: 100 }), (content, cut, junk) => {
        const bytes = encodeContent(content);
        const truncated = bytes.subarray(0, cut % (bytes.length + 1));
        if (truncated.length < bytes.length) expect(decodeContent(truncated)).toBeUndefined();
        decodeContent(junk);
        expect(decodeContent(Uint8Array.from([...bytes, 0]))).toBeUndefined();
      }),
    );
  });
});

describe('compression', () => {
  it('round-trips and caps the output', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (data) => {
        expect(await inflateRaw(await deflateRaw(data), data.length)).toEqual(data);
      }),
      { numRuns: 30 },
    );
    const zeros = await deflateRaw(new Uint8Array(1_000_000));
    await expect(inflateRaw(zeros, 999_999)).rejects.toMatchObject({ code: 'format.too_large' });
    await expect(inflateRaw(Uint8Array.of(0xff, 0xff, 0xff), 100)).rejects.toMatchObject({
      code: 'format.malformed',
    });
  });
});

describe('padding', () => {
  it('uses a one-packet minimum, powers of two to 64 KiB, then Padmé within 12%', () => {
    expect([0, 1024, 1312, 1313, 4096, 4097, 65_536].map(paddedLength)).toEqual([
      1312, 1312, 1312, 2048, 4096, 8192, 65_536,
    ]);
    expect(paddedLength(65_537)).toBe(67_584);
    expect(paddedLength(10 * 1024 * 1024)).toBe(10 * 1024 * 1024);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), fc.nat(1000), (n, d) => {
        const padded = paddedLength(n);
        expect(padded).toBeGreaterThanOrEqual(n);
        expect(paddedLength(n + d)).toBeGreaterThanOrEqual(padded);
        expect(paddedLength(padded)).toBe(padded);
        if (n > 65_536) expect(padded / n).toBeLessThanOrEqual(1.12);
      }),
    );
  });

  it('round-trips and rejects non-zero padding or impossible lengths', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (data) => {
        const padded = pad(data);
        expect(padded.length).toBe(paddedLength(data.length + 4));
        expect(unpad(padded)).toEqual(data);
        if (padded.length > data.length + 4) {
          const dirty = padded.slice();
          dirty[dirty.length - 1] = 1;
          expect(unpad(dirty)).toBeUndefined();
        }
      }),
    );
    expect(unpad(Uint8Array.of(0, 0, 0, 9, 1))).toBeUndefined();
  });
});
