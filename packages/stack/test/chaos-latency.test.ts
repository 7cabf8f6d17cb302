import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatSeconds, latencyFigures, percentile } from '../src/chaos/latency.js';

describe('percentile', () => {
  it('takes the nearest rank, whatever the order', () => {
    expect(percentile([4, 1, 3, 2], 50)).toBe(2);
    expect(percentile([4, 1, 3, 2], 95)).toBe(4);
    expect(percentile([4, 1, 3, 2], 25)).toBe(1);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBe(0);
  });

  it('is one of the values, and grows with p', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1 }), (values) => {
        const p50 = percentile(values, 50);
        const p95 = percentile(values, 95);
        expect(values).toContain(p50);
        expect(p95).toBeGreaterThanOrEqual(p50);
        expect(percentile(values, 100)).toBe(Math.max(...values));
      }),
    );
  });
});

describe('latencyFigures', () => {
  it('counts an unanswered request as infinitely slow', () => {
    const answered = Array.from({ length: 19 }, (_, i) => (i + 1) * 100);
    expect(latencyFigures([...answered, null])).toEqual({
      count: 20,
      unanswered: 1,
      p50Ms: 1000,
      p95Ms: 1900,
      maxMs: Infinity,
    });
    expect(latencyFigures([...answered, null, null]).p95Ms).toBe(Infinity);
  });

  it('is all zeros without samples', () => {
    expect(latencyFigures([])).toEqual({ count: 0, unanswered: 0, p50Ms: 0, p95Ms: 0, maxMs: 0 });
  });
});

describe('formatSeconds', () => {
  it('prints seconds with one decimal, and ∞ for no answer', () => {
    expect(formatSeconds(1234)).toBe('1.2');
    expect(formatSeconds(Infinity)).toBe('∞');
  });
});
