import {
  formatSeconds,
  latencyFigures,
  type LatencyFigures,
  type LatencySample,
} from './latency.js';
import type { Outcome } from './outcome.js';
import type { ReadBackVerdict } from './report.js';

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

/** One row of the table. */
export interface HeavyRow {
  readonly label: string;
  readonly requests: number;
  readonly ok: number;
  readonly clearErrors: number;
  readonly unclear: number;
  readonly hung: number;
  readonly acknowledged: number;
  readonly lost: number;
  readonly unverified: number;
  readonly slowestOkMs: number;
}

export interface HeavyReport {
  readonly input: HeavyInput;
  readonly rows: readonly HeavyRow[];
  readonly total: HeavyRow;
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
    row(
      kind,
      input.requests.filter((r) => r.kind === kind),
      input.acknowledged.filter((a) => a.kind === kind),
    ),
  );
  const total = row('total', input.requests, input.acknowledged);
  const ping = latencyFigures(input.pings);
  const errorCodes: Record<string, number> = {};
  for (const { outcome } of input.requests) {
    if (outcome.kind === 'error') errorCodes[outcome.code] = (errorCodes[outcome.code] ?? 0) + 1;
  }
  const fresh = input.freshFirstAnswerMs;
  const { answered, sent } = input.replyBlockCreates;
  const failures = [
    ping.p95Ms >= limits.pingP95Ms &&
      `light client's ping p95 ${formatSeconds(ping.p95Ms)} s during the load ` +
        `(limit ${formatSeconds(limits.pingP95Ms)} s; ${ping.unanswered} of ${ping.count} unanswered)`,
    (fresh === null || fresh > limits.freshFirstAnswerMs) &&
      `a fresh client was ${fresh === null ? 'never answered' : `answered after ${formatSeconds(fresh)} s`} ` +
        `after the load (limit ${formatSeconds(limits.freshFirstAnswerMs)} s)`,
    answered < sent &&
      `${sent - answered} of ${sent} creates of the client with many reply blocks unanswered`,
    total.lost > 0 && `${total.lost} acknowledged paste(s) lost`,
    total.unverified > 0 && `${total.unverified} acknowledged paste(s) could not be read back`,
    total.hung > 0 && `${total.hung} request(s) hung`,
    total.unclear > 0 && `${total.unclear} request(s) failed without a clear error`,
  ].filter((failure): failure is string => typeof failure === 'string');
  return { input, rows, total, ping, errorCodes, passed: failures.length === 0, failures };
}

function row(
  label: string,
  requests: readonly HeavyRequest[],
  acknowledged: readonly HeavyAcknowledged[],
): HeavyRow {
  const count = (kind: Outcome['kind']) => requests.filter((r) => r.outcome.kind === kind).length;
  const verdicts = (verdict: ReadBackVerdict) =>
    acknowledged.filter((a) => a.verdict === verdict).length;
  return {
    label,
    requests: requests.length,
    ok: count('ok'),
    clearErrors: count('error'),
    unclear: count('unclear'),
    hung: count('hung'),
    acknowledged: acknowledged.length,
    lost: verdicts('lost'),
    unverified: verdicts('unverified'),
    slowestOkMs: Math.max(0, ...requests.filter((r) => r.outcome.kind === 'ok').map((r) => r.ms)),
  };
}

const COLUMNS: readonly [string, Exclude<keyof HeavyRow, 'label' | 'slowestOkMs'>][] = [
  ['requests', 'requests'],
  ['ok', 'ok'],
  ['clear errors', 'clearErrors'],
  ['unclear', 'unclear'],
  ['hung', 'hung'],
  ['acknowledged', 'acknowledged'],
  ['lost', 'lost'],
  ['unverified', 'unverified'],
];

/**
 * The report as a Markdown table per load, then the figures and the verdict.
 * @example console.log(formatHeavyReport(report));
 */
export function formatHeavyReport(report: HeavyReport): string {
  const lines = [...report.rows, report.total].map((r) => [
    r.label,
    ...COLUMNS.map(([, key]) => String(r[key])),
    formatSeconds(r.slowestOkMs),
  ]);
  const header = ['load', ...COLUMNS.map(([name]) => name), 'slowest ok (s)'];
  const widths = header.map((name, i) => Math.max(name.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: readonly string[]) =>
    `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (i === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`;
  const codes = Object.entries(report.errorCodes)
    .sort(([, a], [, b]) => b - a)
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');
  const { ping, input } = report;
  const fresh = input.freshFirstAnswerMs;
  return [
    `chaos (${input.profile}): requests by load`,
    '',
    format(header),
    rule,
    ...lines.map(format),
    '',
    `clear errors by code: ${codes || 'none'}`,
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
