// The anti-spam parts on their own, with the clock in the test's hands.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AdaptiveDifficulty, ReplayGuard, ServerError, TokenBucket } from '../src/index.js';

const T0 = 1_700_000_000_000;

describe('AdaptiveDifficulty', () => {
  const options = {
    base: 10,
    max: 13,
    targetPerWindow: 10,
    windowMs: 60_000,
    raiseEveryMs: 5_000,
    lowerAfterMs: 60_000,
  };

  it('stays at the base while creates stay under the target', () => {
    const pow = new AdaptiveDifficulty(options);
    for (let i = 0; i < 10; i++) pow.record(T0 + i * 1000);
    expect(pow.current(T0 + 10_000)).toBe(10);
  });

  it('adds one bit per raise interval while over the target, up to the max', () => {
    const pow = new AdaptiveDifficulty(options);
    const seen: number[] = [];
    for (let i = 0; i < 400; i++) {
      pow.record(T0 + i * 100); // 600 a minute
      seen.push(pow.current(T0 + i * 100));
    }
    expect(seen[10]).toBe(11); // the 11th create in the window
    expect(seen.at(-1)).toBe(13);
    // Never two steps within one raise interval.
    expect(seen.indexOf(12) * 100 - seen.indexOf(11) * 100).toBeGreaterThanOrEqual(5_000);
  });

  it('steps down one bit per calm period, not below the base', () => {
    const pow = new AdaptiveDifficulty(options);
    for (let i = 0; i < 200; i++) pow.record(T0 + i * 100);
    expect(pow.current(T0 + 20_000)).toBe(13);
    const quiet = T0 + 20_000;
    expect(pow.current(quiet + 30_000)).toBe(13); // the window still holds the burst
    expect(pow.current(quiet + 90_000)).toBe(12);
    expect(pow.current(quiet + 100_000)).toBe(12);
    expect(pow.current(quiet + 150_000)).toBe(11);
    expect(pow.current(quiet + 10 * 60_000)).toBe(10);
    expect(pow.current(quiet + 20 * 60_000)).toBe(10);
  });

  it('forgets creates older than the window', () => {
    const pow = new AdaptiveDifficulty(options);
    for (let i = 0; i < 8; i++) pow.record(T0);
    expect(pow.countAt(T0 + 30_000)).toBe(8);
    expect(pow.countAt(T0 + 61_000)).toBe(0);
  });

  it('always stays within [base, max], whatever the clock does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.integer({ min: -1e6, max: 1e7 })), { maxLength: 300 }),
        (steps) => {
          const pow = new AdaptiveDifficulty(options);
          for (const [create, offset] of steps) {
            if (create) pow.record(T0 + offset);
            const difficulty = pow.current(T0 + offset);
            if (difficulty < 10 || difficulty > 13) return false;
          }
          return true;
        },
      ),
    );
  });

  it('refuses inconsistent options', () => {
    expect(() => new AdaptiveDifficulty({ base: 20, max: 10 })).toThrow(ServerError);
    expect(() => new AdaptiveDifficulty({ targetPerWindow: 0 })).toThrow(ServerError);
  });
});

describe('TokenBucket', () => {
  it('allows a burst, then the refill rate', () => {
    const bucket = new TokenBucket({ perMinute: 6, burst: 3 });
    expect([1, 2, 3, 4].map(() => bucket.take(T0))).toEqual([true, true, true, false]);
    expect(bucket.take(T0 + 9_999)).toBe(false);
    expect(bucket.take(T0 + 10_000)).toBe(true);
    expect(bucket.available(T0 + 10 * 60_000)).toBe(3);
  });

  it('never grants more than burst + rate x time', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { maxLength: 500 }), (gaps) => {
        const bucket = new TokenBucket({ perMinute: 60, burst: 5 });
        let now = T0;
        let granted = 0;
        for (const gap of gaps) {
          now += gap;
          if (bucket.take(now)) granted++;
        }
        return granted <= 5 + Math.floor((now - T0) / 1000) + 1;
      }),
    );
  });

  it('does not refill when the clock steps back', () => {
    const bucket = new TokenBucket({ perMinute: 60, burst: 1 });
    expect(bucket.take(T0)).toBe(true);
    expect(bucket.take(T0 - 60_000)).toBe(false);
    expect(bucket.take(T0 - 59_500)).toBe(false);
  });
});

describe('ReplayGuard', () => {
  it('refuses an id seen before, until it ages out', () => {
    const guard = new ReplayGuard({ capacity: 10, ttlMs: 1000 });
    expect(guard.claim('a', T0)).toBe(true);
    expect(guard.claim('a', T0 + 999)).toBe(false);
    expect(guard.claim('a', T0 + 1000)).toBe(true);
  });

  it('keeps at most its capacity, dropping the oldest', () => {
    const guard = new ReplayGuard({ capacity: 3, ttlMs: 1e9 });
    for (const id of ['a', 'b', 'c', 'd']) guard.claim(id, T0);
    expect(guard.size).toBe(3);
    expect(guard.claim('a', T0)).toBe(true);
    expect(guard.claim('d', T0)).toBe(false);
  });

  it('forgets a released id', () => {
    const guard = new ReplayGuard();
    guard.claim('a', T0);
    guard.release('a');
    expect(guard.claim('a', T0)).toBe(true);
  });
});
