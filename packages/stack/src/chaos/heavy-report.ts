import {
  formatSeconds,
  latencyFigures,
  type LatencyFigures,
  type LatencySample,
} from './latency.js';
import type { Outcome } from './outcome.js';
import {
  countErrorCodes,
  failuresOf,
  formatErrorCodes,
  formatTable,
  tally,
  tallyFailures,
  TALLY_COLUMNS,
  type ReadBackVerdict,
  type Tally,
} from './report.js';

/** The loads of the heavy scenario, one table row each. */
export const LOAD_KINDS = ['large', 'reply-blocks', 'v2', 'light'] as const;
export type LoadKind = (typeof LOAD_KINDS)[number];

/** One request of a load: what it was, how it ended, how long it took. */
export interface HeavyRequest {
  readonly kind: LoadKind;
  /** `create`, `get`, `ping`, `newText`, `getText`, `hand-out` (blocks sent to the server). */
  readonly op: string;
  readonly outcome: Outcome;
  readonly ms: number;
}

/** An acknowledged paste of a load and what reading it back after the load found. */
export interface HeavyAcknowledged {
  readonly kind: LoadKind;
  readonly verdict: ReadBackVerdict;
}

/** Gets of large pastes: answered in full, or left on purpose by a reader closing its client. */
export interface LargeGets {
  readonly completed: number;
  readonly abandoned: number;
}

/** Everything the scenario measured. */
export interface HeavyInput {
  readonly profile: string;
  readonly requests: readonly HeavyRequest[];
  readonly acknowledged: readonly HeavyAcknowledged[];
  /** The light client's pings during the load. */
  readonly pings: readonly LatencySample[];
  /** From the fresh client's first ping to its first answer; `null`: none within its budget. */
  readonly freshFirstAnswerMs: number | null;
  readonly largeGets: LargeGets;
  /** Creates of the client that handed out many reply blocks: answered of sent. */
  readonly replyBlockCreates: { readonly answered: number; readonly sent: number };
  readonly readBack: { readonly reads: number; readonly unanswered: number };
}

/** Pass limits (see `HEAVY_PASS`). */
export interface HeavyLimits {
  readonly pingP95Ms: number;
  readonly freshFirstAnswerMs: number;
}

export interface HeavyReport {
  readonly input: HeavyInput;
  readonly rows: readonly Tally[];
  readonly total: Tally;
  readonly ping: LatencyFigures;
  readonly errorCodes: Readonly<Record<string, number>>;
  readonly passed: boolean;
  readonly failures: readonly string[];
}

/**
 * Tallies each load and decides. Fails when the light client's ping p95 during the load is
 * over its limit, the fresh client was not answered in time, an acknowledged paste was lost or
 * could not be read back, a request hung or failed unclearly, or a create of the client that
 * handed out many reply blocks went unanswered.
 * @example summarizeHeavy(input, HEAVY_PASS).passed
 */
export function summarizeHeavy(input: HeavyInput, limits: HeavyLimits): HeavyReport {
  const rows = LOAD_KINDS.map((kind) =>
    tally(
      kind,
      input.requests.filter((r) => r.kind === kind),
      input.acknowledged.filter((a) => a.kind === kind),
    ),
  );
  const total = tally('total', input.requests, input.acknowledged);
  const ping = latencyFigures(input.pings);
  const errorCodes = countErrorCodes(input.requests);
  const fresh = input.freshFirstAnswerMs;
  const { answered, sent } = input.replyBlockCreates;
  const failures = failuresOf([
    ping.p95Ms >= limits.pingP95Ms &&
      `light client's ping p95 ${formatSeconds(ping.p95Ms)} s during the load ` +
        `(limit ${formatSeconds(limits.pingP95Ms)} s; ${ping.unanswered} of ${ping.count} unanswered)`,
    (fresh === null || fresh > limits.freshFirstAnswerMs) &&
      `a fresh client was ${fresh === null ? 'never answered' : `answered after ${formatSeconds(fresh)} s`} ` +
        `after the load (limit ${formatSeconds(limits.freshFirstAnswerMs)} s)`,
    answered < sent &&
      `${sent - answered} of ${sent} creates of the client with many reply blocks unanswered`,
    ...tallyFailures(total),
  ]);
  return { input, rows, total, ping, errorCodes, passed: failures.length === 0, failures };
}

/**
 * The report as a Markdown table per load, then the figures and the verdict.
 * @example console.log(formatHeavyReport(report));
 */
export function formatHeavyReport(report: HeavyReport): string {
  const { ping, input } = report;
  const fresh = input.freshFirstAnswerMs;
  return [
    `chaos (${input.profile}): requests by load`,
    '',
    ...formatTable('load', TALLY_COLUMNS, [...report.rows, report.total]),
    '',
    formatErrorCodes(report.errorCodes),
    `light client's pings during the load: ${ping.count}, p50 ${formatSeconds(ping.p50Ms)} s, ` +
      `p95 ${formatSeconds(ping.p95Ms)} s, max ${formatSeconds(ping.maxMs)} s, ` +
      `${ping.unanswered} unanswered`,
    `fresh client after the load: ${fresh === null ? 'no answer' : `first answer after ${formatSeconds(fresh)} s`}`,
    `large-paste gets: ${input.largeGets.completed} completed, ${input.largeGets.abandoned} abandoned mid-transfer`,
    `creates after handing out many reply blocks: ${input.replyBlockCreates.answered} of ` +
      `${input.replyBlockCreates.sent} answered`,
    `read-back: ${input.readBack.reads} reads, ${input.readBack.unanswered} unanswered`,
    report.passed ? 'PASSED' : `FAILED: ${report.failures.join('; ')}`,
    '',
  ].join('\n');
}
