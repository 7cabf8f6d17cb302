import { describe, expect, it } from 'vitest';
import { powEstimate, powSpeed } from '../src/paste/pow-estimate.js';

describe('the proof-of-work estimate', () => {
  it('gives the difficulty, the average time at the measured speed and the chance so far', () => {
    const start = powEstimate(2 ** 20, 8192, undefined);
    expect(start.bits).toBe(20);
    expect(start.expectedSeconds).toBeUndefined();
    const speed = powSpeed({ attempts: 8192, at: 1000 }, { attempts: 8192 * 5, at: 1100 });
    expect(speed).toBe(327_680);
    const later = powEstimate(2 ** 20, 8192 * 5, speed);
    expect(later.expectedSeconds).toBeCloseTo(3.2, 5);
    expect(later.chanceDone).toBeCloseTo(1 - Math.exp(-40_960 / 2 ** 20), 10);
    expect(later.unlucky).toBe(false);
  });

  it('calls a search past the average unlucky, never done: it has no memory', () => {
    const past = powEstimate(2 ** 16, 3 * 2 ** 16, 1e5);
    expect(past.unlucky).toBe(true);
    expect(past.chanceDone).toBeLessThan(1);
    expect(past.expectedSeconds).toBeCloseTo(0.65536, 5);
    expect(powSpeed({ attempts: 8192, at: 5 }, { attempts: 8192, at: 5 })).toBeUndefined();
  });
});
