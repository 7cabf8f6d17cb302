import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createNodeCrypto } from '@pastenym/crypto/node';
import { ReplayFilter } from '../src/index.js';

const crypto = createNodeCrypto();

describe('ReplayFilter', () => {
  it('always catches a replay inside its window', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.uint8Array({ minLength: 32, maxLength: 32 }), {
          minLength: 1,
          maxLength: 300,
        }),
        (tags) => {
          const filter = new ReplayFilter({ capacity: 200 });
          const fresh = tags.filter((tag) => !filter.testAndAdd(tag));
          // Everything still inside the last two generations is remembered.
          for (const tag of fresh.slice(-200)) expect(filter.testAndAdd(tag)).toBe(true);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('keeps its false-positive rate near the documented bound and its memory fixed', () => {
    const filter = new ReplayFilter({ capacity: 20_000, falsePositiveRate: 1e-3 });
    const memory = filter.memoryBytes;
    for (let i = 0; i < 20_000; i++) filter.testAndAdd(crypto.randomBytes(32));
    let falsePositives = 0;
    const trials = 50_000;
    for (let i = 0; i < trials; i++)
      if (filter.testAndAdd(crypto.randomBytes(32))) falsePositives++;
    // One full generation at p = 1e-3 plus one filling: expect about 1e-3 to 2e-3.
    expect(falsePositives / trials).toBeLessThan(3e-3);
    expect(filter.falsePositiveRateAt(20_000)).toBeCloseTo(1e-3, 3);
    expect(filter.memoryBytes).toBe(memory);
  });

  it('forgets tags two generations old (bounded memory)', () => {
    const filter = new ReplayFilter({ capacity: 10 });
    const first = crypto.randomBytes(32);
    filter.testAndAdd(first);
    for (let i = 0; i < 30; i++) filter.testAndAdd(crypto.randomBytes(32));
    expect(filter.testAndAdd(first)).toBe(false);
  });

  it('refuses bad sizing and short tags', () => {
    expect(() => new ReplayFilter({ capacity: 0 })).toThrow(RangeError);
    expect(() => new ReplayFilter({ falsePositiveRate: 1 })).toThrow(RangeError);
    expect(() => new ReplayFilter().testAndAdd(new Uint8Array(4))).toThrow(RangeError);
  });
});
