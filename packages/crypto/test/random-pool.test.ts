import { describe, expect, it } from 'vitest';
import { pooledRandomBytes } from '../src/node/random-pool.js';

describe('pooled random bytes', () => {
  it('serves every size, never the same bytes twice, across many pool refills', () => {
    const random = pooledRandomBytes();
    const seen = new Set<string>();
    for (let i = 0; i < 20_000; i++) {
      const length = [16, 32, 4, 128, 129, 1000][i % 6]!;
      const bytes = random(length);
      expect(bytes.length).toBe(length);
      const key = Buffer.from(bytes.subarray(0, 16)).toString('hex');
      expect(seen.has(key)).toBe(false);
      seen.add(key);
    }
  });

  it('hands out copies: changing one draw changes no other', () => {
    const random = pooledRandomBytes();
    const first = random(32);
    const kept = first.slice();
    const second = random(32);
    second.fill(0);
    expect(first).toEqual(kept);
    expect(first.buffer).not.toBe(second.buffer);
  });

  it('looks uniform: every byte value shows up about equally often', () => {
    const random = pooledRandomBytes();
    const counts = new Array<number>(256).fill(0);
    for (let i = 0; i < 4096; i++) for (const byte of random(64)) counts[byte]!++;
    // 262,144 bytes: 1024 expected per value; 6 standard deviations either way.
    for (const count of counts) expect(Math.abs(count - 1024)).toBeLessThan(6 * 32);
  });
});
