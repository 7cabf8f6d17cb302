import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_BACKOFF, Reconnector } from '../src/index.js';
import { ManualClock } from '../src/testing/index.js';

describe('backoffDelay', () => {
  it('grows exponentially, is capped, and loses a random share', () => {
    const noJitter = { ...DEFAULT_BACKOFF, jitter: 0 };
    expect([0, 1, 2, 3].map((n) => backoffDelay(n, noJitter, () => 0.9))).toEqual([
      100, 200, 400, 800,
    ]);
    expect(backoffDelay(20, noJitter, () => 0)).toBe(10_000);
    expect(backoffDelay(2, DEFAULT_BACKOFF, () => 0.5)).toBe(300);
    expect(backoffDelay(2, { ...DEFAULT_BACKOFF, jitter: 1 }, () => 0.25)).toBe(300);
  });
});

/** A reconnect loop whose connections the test opens, keeps and loses by hand. */
function loop(backoff = {}) {
  const clock = new ManualClock();
  let opened = 0;
  const reconnector = new Reconnector({
    clock,
    random: () => 0.5,
    backoff: { initialDelayMs: 100, maxDelayMs: 250, ...backoff },
    open: () => opened++,
  });
  return { clock, reconnector, opened: () => opened };
}

describe('Reconnector', () => {
  it('opens again after each loss, later each time, with jitter; a usable connection resets it', async () => {
    const { clock, reconnector, opened } = loop();
    reconnector.open();
    const retries = [];
    for (let i = 0; i < 3; i++) {
      retries.push(reconnector.lost());
      await clock.advance(retries.at(-1)!.delayMs - 1);
      expect(opened()).toBe(i + 1); // not before its time
      await clock.advance(1);
      expect(opened()).toBe(i + 2);
    }
    // random() = 0.5 takes a quarter off: 200 * 0.75, then the 250 cap * 0.75.
    expect(retries).toEqual([
      { attempt: 2, delayMs: 150 },
      { attempt: 3, delayMs: 188 },
      { attempt: 4, delayMs: 188 },
    ]);
    reconnector.connected();
    expect(reconnector.lost()).toEqual({ attempt: 1, delayMs: 75 });
  });

  it('gives up after maxAttempts failures in a row', () => {
    const { clock, reconnector } = loop({ maxAttempts: 2 });
    reconnector.open();
    expect(reconnector.lost()).toBeDefined();
    expect(reconnector.lost()).toBeUndefined();
    expect(reconnector.stopped).toBe(true);
    expect(clock.timers.size).toBe(1); // only the first retry was ever planned
  });

  it('opens nothing once closed, even a retry already planned', async () => {
    const { clock, reconnector, opened } = loop();
    reconnector.open();
    reconnector.lost();
    reconnector.close();
    expect(clock.timers.size).toBe(0);
    await clock.advance(10_000);
    expect(reconnector.lost()).toBeUndefined();
    reconnector.open();
    expect(opened()).toBe(1);
  });
});
