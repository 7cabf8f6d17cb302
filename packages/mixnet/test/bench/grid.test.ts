import { describe, expect, it } from 'vitest';
import { anonymityChart } from '../../bench/anonymity/chart.js';
import {
  clientPacketsPerSecond,
  DEFAULT_GRID,
  planGrid,
  plannedSeconds,
} from '../../bench/anonymity/grid.js';
import type { CellFigures } from '../../bench/anonymity/report.js';
import { NYM_PROFILE } from '../../src/profile.js';

describe('planGrid', () => {
  const plans = planGrid(DEFAULT_GRID);

  it('measures every delay, cover and number of users asked for', () => {
    expect(plans).toHaveLength(4 * 2 * 3);
    expect(new Set(plans.map((p) => `${p.meanDelayMs}/${p.cover}/${p.users}`)).size).toBe(24);
  });

  it('fits the grid in its real time, start-up of each setting included', () => {
    const setUp = plans.length * DEFAULT_GRID.setUpSeconds;
    expect(plannedSeconds(plans) + setUp).toBeCloseTo(DEFAULT_GRID.realSeconds, 0);
  });

  it('slows every setting down by at least the minimum, the busiest the most', () => {
    for (const plan of plans) expect(plan.slowdown).toBeGreaterThanOrEqual(4);
    const rate = (p: (typeof plans)[number]) =>
      clientPacketsPerSecond(p, DEFAULT_GRID) / p.slowdown;
    const busiest = plans.filter((p) => p.cover && p.users === 200);
    // One real-time packet rate for every setting the minimum does not hold back.
    for (const plan of busiest) expect(rate(plan)).toBeCloseTo(rate(busiest[0]!), 6);
  });

  it("runs Nym's timing parameters and the delay asked for, all multiplied by the slowdown", () => {
    const plan = plans.find((p) => p.cover && p.users === 50 && p.meanDelayMs === 15)!;
    expect(plan.profile.meanDelayMs).toBeCloseTo(15 * plan.slowdown, 9);
    expect(plan.profile.sendingIntervalMs).toBeCloseTo(
      NYM_PROFILE.sendingIntervalMs * plan.slowdown,
      9,
    );
    expect(plan.profile.loopCoverIntervalMs).toBeCloseTo(
      NYM_PROFILE.loopCoverIntervalMs * plan.slowdown,
      9,
    );
    const off = plans.find((p) => !p.cover)!;
    expect([off.profile.sendingIntervalMs, off.profile.loopCoverIntervalMs]).toEqual([0, 0]);
  });
});

describe('anonymityChart', () => {
  it('draws a panel pair per number of users with a line per series', () => {
    const cells = planGrid(DEFAULT_GRID).map((plan): CellFigures => ({
      plan,
      messages: 80,
      maxBits: Math.log2(plan.users),
      randomGuess: 1 / plan.users,
      honest: { entropy: { mean: 1, p5: 0.5, p50: 1 }, bestGuess: 0.5 },
      corrupt: { entropy: { mean: 0.5, p5: 0, p50: 0.5 }, bestGuess: 0.7 },
      timingAttack: 0.4,
      entropies: [1],
      latencyP50: 60,
      latencyP95: 120,
      overhead: 10,
      keptUp: 1,
      realSeconds: 10,
    }));
    const svg = anonymityChart(cells);
    expect(svg.startsWith('<svg')).toBe(true);
    for (const users of [10, 50, 200]) expect(svg).toContain(`${users} users: sender entropy`);
    // 5 entropy series and 3 timing series in each of 3 columns.
    expect(svg.match(/<polyline/g)).toHaveLength(3 * (5 + 3));
  });
});
