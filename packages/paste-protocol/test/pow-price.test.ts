import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDifficulty, DEFAULT_POW_PRICE, powPriceBits } from '../src/index.js';

const KIB = 1024;
const DAY = 86_400;

describe('proof-of-work price', () => {
  it('charges the documented bits for the documented cases', () => {
    const cases: [number, number, number][] = [
      [KIB, DAY, 0],
      [64 * KIB, DAY, 0],
      [KIB, 300, 0],
      [KIB, 365 * DAY, 4],
      [1024 * KIB, 7 * DAY, 3],
      [10 * 1024 * KIB, 365 * DAY, 8],
      [10 * 1024 * KIB, 0, 10], // never: charged as ten years
    ];
    for (const [bytes, seconds, bits] of cases) {
      expect(powPriceBits(DEFAULT_POW_PRICE, bytes, seconds), `${bytes} B, ${seconds} s`).toBe(
        bits,
      );
    }
  });

  it('grows by one bit for every 4x of size or of lifetime beyond the free allowance', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 10 }), (a, b) => {
        const bytes = DEFAULT_POW_PRICE.freeBytes * 4 ** (a / 2);
        const seconds = DEFAULT_POW_PRICE.freeSeconds * 4 ** (b / 2);
        const base = powPriceBits(DEFAULT_POW_PRICE, bytes, seconds);
        return (
          powPriceBits(DEFAULT_POW_PRICE, bytes * 4, seconds) === base + 1 &&
          powPriceBits(DEFAULT_POW_PRICE, bytes, seconds * 4) === base + 1
        );
      }),
    );
  });

  it('never charges less for more bytes or a longer life', () => {
    fc.assert(
      fc.property(
        fc.nat(1 << 30),
        fc.nat(1 << 30),
        fc.nat(0xffff_ffff),
        fc.nat(0xffff_ffff),
        (b1, b2, s1, s2) => {
          const [small, large] = b1 <= b2 ? [b1, b2] : [b2, b1];
          const [short, long] = s1 <= s2 ? [s1 || 1, s2 || 1] : [s2 || 1, s1 || 1];
          return (
            powPriceBits(DEFAULT_POW_PRICE, small, short) <=
            powPriceBits(DEFAULT_POW_PRICE, large, long)
          );
        },
      ),
    );
  });

  it('adds the price to the base, or nothing when the server announces none', () => {
    const pow = { difficulty: 16, price: DEFAULT_POW_PRICE };
    expect(createDifficulty(pow, 1024 * KIB, 7 * DAY)).toBe(19);
    expect(createDifficulty({ difficulty: 16 }, 1024 * KIB, 7 * DAY)).toBe(16);
  });
});
