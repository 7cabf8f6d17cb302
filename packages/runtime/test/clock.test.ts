import { describe, expect, it } from 'vitest';
import { every, systemClock, yieldThroughChannel } from '../src/index.js';
import { ManualClock } from '../src/testing/index.js';

describe('yielding to I/O', () => {
  for (const [name, yieldToIo] of [
    ['systemClock.yieldToIo', (callback: () => void) => systemClock.yieldToIo!(callback)],
    ['yieldThroughChannel (browsers)', yieldThroughChannel],
  ] as const) {
    it(`${name} runs callbacks later, once each, in order`, async () => {
      const ran: number[] = [];
      const done = new Promise<void>((resolve) => {
        yieldToIo(() => ran.push(1));
        yieldToIo(() => ran.push(2));
        yieldToIo(() => {
          ran.push(3);
          resolve();
        });
      });
      expect(ran).toEqual([]);
      await done;
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(ran).toEqual([1, 2, 3]);
    });
  }
});

describe('every', () => {
  it('runs a callback once per interval until stopped', async () => {
    const clock = new ManualClock();
    let runs = 0;
    const stop = every(clock, 100, () => runs++);
    await clock.advance(350);
    expect(runs).toBe(3);
    stop();
    await clock.advance(1000);
    expect(runs).toBe(3);
  });
});
