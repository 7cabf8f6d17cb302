// The anti-spam parts on their own, with the clock in the test's hands.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AdaptiveDifficulty,
  ReplayGuard,
  ServerError,
  TokenBucket,
  V2Budget,
} from '../src/index.js';

const T0 = 1_700_000_000_000;

describe('AdaptiveDifficulty', () => {
  const options = { base: 10, max: 13, targetPerMinute: 10, halfLifeMs: 30_000 };

  it('stays at the base while creates stay under the target', () => {
    const pow = new AdaptiveDifficulty(options);
    for (let i = 0; i < 60; i++) pow.record(T0 + i * 6_000); // 10 a minute
    expect(pow.current(T0 + 360_000)).toBe(10);
  });

  it('adds one bit each time the rate doubles beyond the target, up to the max', () => {
    const at = (perMinute: number): number => {
      const pow = new AdaptiveDifficulty({ ...options, max: 20 });
      const gap = 60_000 / perMinute;
      for (let i = 0; i < perMinute * 10; i++) pow.record(T0 + i * gap); // ten minutes
      return pow.current(T0 + perMinute * 10 * gap);
    };
    expect([at(15), at(30), at(60), at(150)]).toEqual([11, 12, 13, 14]);
    const capped = new AdaptiveDifficulty(options);
    for (let i = 0; i < 10_000; i++) capped.record(T0 + i);
    expect(capped.current(T0 + 10_000)).toBe(13);
  });

  it('steps down one bit per half-life once a burst is over, not below the base', () => {
    const pow = new AdaptiveDifficulty({ ...options, max: 20 });
    for (let i = 0; i < 200; i++) pow.record(T0 + i * 100); // 600 a minute for 20 s
    const quiet = T0 + 20_000;
    const seen = [0, 30, 60, 90, 120, 150].map((s) => pow.current(quiet + s * 1000));
    expect(seen).toEqual([15, 14, 13, 12, 11, 10]);
    expect(pow.current(quiet + 10 * 60_000)).toBe(10);
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
    expect(() => new AdaptiveDifficulty({ targetPerMinute: 0 })).toThrow(ServerError);
    expect(() => new AdaptiveDifficulty({ halfLifeMs: 10 })).toThrow(ServerError);
  });
});

describe('V2Budget', () => {
  const tag = (n: number) => Uint8Array.of(n, 0, 0, 0);
  const options = { all: { perMinute: 60, burst: 10 }, perSender: { perMinute: 6, burst: 2 } };

  it('refuses a sender past its own budget without spending the shared one', () => {
    const budget = new V2Budget(options);
    const outcomes = Array.from({ length: 20 }, () => budget.take(tag(1), T0));
    expect(outcomes.filter(Boolean)).toHaveLength(2);
    for (let n = 2; n < 6; n++)
      expect([budget.take(tag(n), T0), budget.take(tag(n), T0)]).toEqual([true, true]);
    expect(budget.take(tag(6), T0)).toBe(false); // the shared burst of 10 is spent
    expect(budget.take(tag(1), T0 + 10_000)).toBe(true); // one token back after 10 s
  });

  it('remembers at most its capacity of senders, and forgets those whose bucket is full again', () => {
    const budget = new V2Budget({ ...options, all: { perMinute: 1e6, burst: 1e6 }, senders: 3 });
    for (let n = 0; n < 10; n++) budget.take(tag(n), T0);
    expect(budget.senders).toBe(3);
    budget.take(tag(99), T0 + 60_000); // every other bucket has refilled by now
    expect(budget.senders).toBe(1);
  });

  it('budgets only the shared bucket when the sender is unknown', () => {
    const budget = new V2Budget(options);
    const outcomes = Array.from({ length: 12 }, () => budget.take(undefined, T0));
    expect(outcomes.filter(Boolean)).toHaveLength(10);
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
