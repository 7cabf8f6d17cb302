// One row of figures per setting, and the markdown table the benchmark prints and commits.
import { percentile } from '../percentile.js';
import type { AnonymityFigures } from './analyze.js';
import type { CellPlan } from './grid.js';

/** Everything measured for one setting. */
export interface CellFigures extends AnonymityFigures {
  readonly plan: CellPlan;
  readonly latencyP50: number;
  readonly latencyP95: number;
  /** Packets clients put into the network per packet that carried a message or a reply. */
  readonly overhead: number;
  /** Client packets in the window over what the profile asks for (1: the machine kept up). */
  readonly keptUp: number;
  readonly realSeconds: number;
}

const f = (n: number, digits = 2) =>
  Number.isFinite(n)
    ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : '-';
const percent = (n: number) => `${f(100 * n, 0)}%`;

export const TABLE_HEADER = [
  '| users | cover | delay/hop (ms) | messages | sender entropy mean / p5 (bits) | max (bits) | best guess | timing attack | random guess | 1 corrupt mix per layer: entropy mean / best guess | latency p50 / p95 (ms) | overhead (packets per real packet) | slowdown | kept up |',
  '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
];

/** A markdown table row for one setting. */
export function tableRow(cell: CellFigures): string {
  const { plan } = cell;
  return [
    '',
    plan.users,
    plan.cover ? 'Nym' : 'off',
    plan.meanDelayMs,
    cell.messages,
    `${f(cell.honest.entropy.mean)} / ${f(cell.honest.entropy.p5)}`,
    f(cell.maxBits),
    percent(cell.honest.bestGuess),
    percent(cell.timingAttack),
    percent(cell.randomGuess),
    `${f(cell.corrupt.entropy.mean)} / ${percent(cell.corrupt.bestGuess)}`,
    `${f(cell.latencyP50, 0)} / ${f(cell.latencyP95, 0)}`,
    f(cell.overhead, 1),
    `${f(cell.plan.slowdown, 1)}x`,
    f(cell.keptUp),
    '',
  ]
    .join(' | ')
    .trim();
}

/** The latency percentiles of a run. */
export function latencyFigures(latencies: readonly number[]) {
  return { latencyP50: percentile(latencies, 50), latencyP95: percentile(latencies, 95) };
}
