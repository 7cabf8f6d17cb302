// Expiry rounding: never later than promised, and no finer trace of the creation time.
import fc from 'fast-check';
import { coarsenTtl, DEFAULT_EXPIRY_CHOICES } from '@pastenym/paste-protocol';
import { describe, expect, it } from 'vitest';
import { expiryGranularity, replyTtl, roundedExpiry } from '../src/index.js';

const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) });
const lifetime = fc.oneof(
  fc.constantFrom(...DEFAULT_EXPIRY_CHOICES),
  fc.integer({ min: 1, max: 10 * 365 * 86_400 }),
);

describe('roundedExpiry', () => {
  it('uses the protocol granularity, finer than the lifetime itself', () => {
    expect(DEFAULT_EXPIRY_CHOICES.map(expiryGranularity)).toEqual([
      60, 300, 3600, 86_400, 86_400, 86_400,
    ]);
    expect(expiryGranularity(30)).toBe(1);
  });

  it('never outlives the promise, and loses less than one granularity step', () => {
    fc.assert(
      fc.property(instant, lifetime, (now, seconds) => {
        const expiry = roundedExpiry(now, seconds);
        const promised = now + seconds * 1000;
        return (
          expiry <= promised &&
          expiry > promised - expiryGranularity(seconds) * 1000 &&
          expiry > now
        );
      }),
    );
  });

  it('gives the same expiry to pastes created within one step: creation time stays coarse', () => {
    fc.assert(
      fc.property(instant, lifetime, (now, seconds) => {
        const step = expiryGranularity(seconds) * 1000;
        const start = Math.floor((now + seconds * 1000) / step) * step - seconds * 1000;
        return roundedExpiry(start, seconds) === roundedExpiry(start + step - 1, seconds);
      }),
    );
  });

  it('makes long-lived pastes expire at a UTC midnight', () => {
    expect(roundedExpiry(Date.UTC(2024, 0, 1, 15, 7, 3), 7 * 86_400)).toBe(Date.UTC(2024, 0, 8));
  });
});

describe('replyTtl', () => {
  it('is the coarse time left, and never promises less than the real time left', () => {
    fc.assert(
      fc.property(instant, lifetime, (now, seconds) => {
        const expiry = roundedExpiry(now, seconds);
        const ttl = replyTtl(expiry, now)!;
        return ttl * 1000 >= expiry - now && ttl <= (coarsenTtl(seconds) ?? 0);
      }),
    );
    expect(replyTtl(null, 0)).toBeNull();
  });
});
