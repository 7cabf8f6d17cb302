// The sweeper with hand-driven timers.
import { describe, expect, it } from 'vitest';
import { Sweeper } from '../src/index.js';

function manualTimers() {
  const pending = new Map<number, () => void>();
  let next = 0;
  return {
    timers: {
      setTimeout: (callback: () => void) => {
        pending.set(++next, callback);
        return next;
      },
      clearTimeout: (handle: unknown) => void pending.delete(handle as number),
    },
    fire() {
      const [handle, callback] = [...pending][0] ?? [];
      if (handle === undefined || callback === undefined) throw new Error('no timer');
      pending.delete(handle);
      callback();
    },
    get count() {
      return pending.size;
    },
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('Sweeper', () => {
  it('sweeps in batches until a short one, on every tick, with the injected clock', async () => {
    const batches = [3, 3, 1, 0];
    const calls: [number, number][] = [];
    const swept: number[] = [];
    const clock = manualTimers();
    const sweeper = new Sweeper({
      storage: {
        scrub: () => Promise.resolve(true),
        sweepExpired: (now, batch) => {
          calls.push([now, batch]);
          return Promise.resolve(batches.shift() ?? 0);
        },
      },
      now: () => 42,
      timers: clock.timers,
      batchSize: 3,
      onSwept: (count) => swept.push(count),
    });
    sweeper.start();
    clock.fire();
    await settle();
    expect(calls).toEqual([
      [42, 3],
      [42, 3],
      [42, 3],
    ]);
    expect(clock.count).toBe(1); // the next sweep is planned
    clock.fire();
    await settle();
    expect(swept).toEqual([7, 0]);
    await sweeper.stop();
    expect(clock.count).toBe(0);
  });

  it('reports a failed sweep and carries on', async () => {
    const clock = manualTimers();
    const errors: unknown[] = [];
    const sweeper = new Sweeper({
      storage: {
        sweepExpired: () => Promise.reject(new Error('down')),
        scrub: () => Promise.resolve(true),
      },
      now: () => 0,
      timers: clock.timers,
      onError: (error) => errors.push(error),
    });
    sweeper.start();
    clock.fire();
    await settle();
    expect(errors).toHaveLength(1);
    expect(clock.count).toBe(1);
    await sweeper.stop();
  });

  it('stops after at most maxBatches per sweep', async () => {
    let calls = 0;
    const sweeper = new Sweeper({
      storage: {
        sweepExpired: () => Promise.resolve(++calls && 10),
        scrub: () => Promise.resolve(true),
      },
      now: () => 0,
      timers: manualTimers().timers,
      batchSize: 10,
      maxBatches: 4,
    });
    expect(await sweeper.sweepOnce()).toBe(40);
  });
});
