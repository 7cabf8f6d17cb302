import { describe, expect, it } from 'vitest';
import { analyzeRun } from '../../bench/anonymity/analyze.js';
import { histogramDensity, timingAttack } from '../../bench/anonymity/timing-attack.js';
import { origins } from '../../bench/anonymity/trace.js';
import { syntheticMixnet, type SyntheticOptions } from './synthetic-mixnet.js';

const base: SyntheticOptions = {
  users: 20,
  seconds: 10,
  messagesPerUserPerSecond: 1,
  coverPerUserPerSecond: 0,
  meanDelayMs: 0,
  seed: 1,
};

function figures(options: Partial<SyntheticOptions>) {
  const run = syntheticMixnet({ ...base, ...options });
  return analyzeRun({
    ...run,
    isMessage: () => true,
    window: { from: 0, to: base.seconds * 1000 },
    corrupt: new Set(['mix-1a', 'mix-2a', 'mix-3a']),
  });
}

describe('timingAttack', () => {
  it('guesses the client whose packet entered one network delay before the exit', () => {
    const entries = [
      { at: 0, client: 'a' },
      { at: 7, client: 'b' },
      { at: 9, client: 'c' },
    ];
    const density = histogramDensity([3, 3.2, 2.9], 1);
    expect(timingAttack(entries, [10, 12.5, 3], density, 100)).toEqual(['b', 'c', 'a']);
    expect(timingAttack(entries, [-1], density, 100)).toEqual([undefined]);
  });

  it('weighs every packet of a client by the likelihood of its delay', () => {
    // Delays of 3 ms have density 1/3, of 5 to 6 ms 2/3: x's one packet (2/3) beats y's
    // 3 ms one alone (1/3), but not y's two together (1/3 + 2/3).
    const density = histogramDensity([3, 5, 5.5], 1);
    const one = [
      { at: 5, client: 'x' },
      { at: 7, client: 'y' },
    ];
    expect(timingAttack(one, [10], density, 100)).toEqual(['x']);
    const two = [{ at: 4.5, client: 'y' }, ...one];
    expect(timingAttack(two, [10], density, 100)).toEqual(['y']);
  });

  it('learns a density that integrates to one', () => {
    const density = histogramDensity([1, 2, 2, 5], 0.5);
    let total = 0;
    for (let ms = 0; ms < 10; ms += 0.5) total += density(ms) * 0.5;
    expect(total).toBeCloseTo(1, 12);
  });
});

describe('the adversary against a simulated mixnet', () => {
  it('traces each delivery back to the client that sent it', () => {
    const run = syntheticMixnet({ ...base, users: 3, seconds: 2 });
    const truth = origins(run.trace, run.roles);
    run.trace.forEach((event, i) => {
      expect(truth[i]).toBeDefined();
      if (event.to === run.server) expect(run.users).toContain(truth[i]!.client);
    });
  });

  it('links nearly every message with mixing and cover off', () => {
    const off = figures({});
    expect(off.messages).toBeGreaterThan(150);
    expect(off.timingAttack).toBeGreaterThan(0.95);
    expect(off.honest.bestGuess).toBeGreaterThan(0.95);
    expect(off.honest.entropy.mean).toBeLessThan(0.2);
  });

  it('links far fewer as mixing and then cover are turned on', () => {
    const off = figures({});
    const mixing = figures({ meanDelayMs: 15 });
    const cover = figures({ meanDelayMs: 15, coverPerUserPerSecond: 20 });
    expect(mixing.timingAttack).toBeLessThan(0.8);
    expect(cover.timingAttack).toBeLessThan(mixing.timingAttack / 2);
    expect(mixing.honest.entropy.mean).toBeGreaterThan(off.honest.entropy.mean + 0.3);
    expect(cover.honest.entropy.mean).toBeGreaterThan(mixing.honest.entropy.mean + 2);
    expect(cover.honest.entropy.mean).toBeLessThanOrEqual(cover.maxBits);
  });

  it('loses anonymity when one mix per layer is corrupt', () => {
    const cover = figures({ meanDelayMs: 15, coverPerUserPerSecond: 20 });
    expect(cover.corrupt.entropy.mean).toBeLessThan(cover.honest.entropy.mean);
    expect(cover.corrupt.bestGuess).toBeGreaterThan(cover.honest.bestGuess);
  });
});
