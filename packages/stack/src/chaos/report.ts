import { formatSeconds } from './latency.js';
import type { Outcome } from './outcome.js';

/** One request of the load: the phase it started in, and how it ended. */
export interface RequestRecord {
  readonly phase: number;
  readonly op: 'create' | 'get';
  readonly outcome: Outcome;
  /** From its start to its outcome (to the watchdog for a hung one). */
  readonly ms: number;
}

/** A phase of the run: its name, and packets the load's clients sent again during it. */
export interface Phase {
  readonly label: string;
  readonly retransmitted: number;
}

/** What reading an acknowledged paste back afterwards found. */
export type ReadBackVerdict =
  /** There, with the content that was sent. */
  | 'found'
  /** The server says it does not exist, or it no longer opens to what was sent. */
  | 'lost'
  /** No answer after every retry: neither found nor lost. */
  | 'unverified';

/** How the read-back went: reads made, reads without an answer, readers that gave up. */
export interface ReadBackStats {
  readonly reads: number;
  readonly unanswered: number;
  readonly retiredReaders: number;
}

/** An acknowledged create (its phase) and what the read-back found. */
export interface AcknowledgedRecord {
  readonly phase: number;
  readonly verdict: ReadBackVerdict;
}

/**
 * The counts of one table row, whatever groups its requests (a phase, a load): requests by
 * how they ended and acknowledged pastes by what reading them back found.
 */
export interface Tally {
  readonly label: string;
  readonly requests: number;
  readonly ok: number;
  readonly clearErrors: number;
  readonly unclear: number;
  readonly hung: number;
  readonly acknowledged: number;
  readonly lost: number;
  readonly unverified: number;
  /** The longest time a request took to succeed; 0 when none did. */
  readonly slowestOkMs: number;
}

/** One line of the table. */
export interface ReportRow extends Tally {
  /** Packets sent again for want of an ack: how hard the phase hit the mixnet. */
  readonly retransmitted: number;
}

/** The table by phase, the totals, the clear errors by code, and the verdict. */
export interface ChaosReport {
  readonly profile: string;
  readonly rows: readonly ReportRow[];
  readonly total: ReportRow;
  readonly errorCodes: Readonly<Record<string, number>>;
  readonly readBack: ReadBackStats;
  readonly passed: boolean;
  /** Why it failed; empty when it passed. */
  readonly failures: readonly string[];
}

/**
 * Counts requests and acknowledged pastes per phase (a request belongs to the phase it started
 * in) and decides: the run passes when nothing acknowledged was lost or left unverified, no
 * request hung or failed unclearly, and the load got answers at all.
 * @example summarize('short', phases, records, acks, readBackStats).passed
 */
export function summarize(
  profile: string,
  phases: readonly Phase[],
  requests: readonly RequestRecord[],
  acknowledged: readonly AcknowledgedRecord[],
  readBack: ReadBackStats,
): ChaosReport {
  const rows = phases.map(({ label, retransmitted }, phase) => ({
    ...tally(
      label,
      requests.filter((request) => request.phase === phase),
      acknowledged.filter((ack) => ack.phase === phase),
    ),
    retransmitted,
  }));
  const retransmitted = phases.reduce((sum, phase) => sum + phase.retransmitted, 0);
  const total = { ...tally('total', requests, acknowledged), retransmitted };
  const errorCodes = countErrorCodes(requests);
  const failures = failuresOf([...tallyFailures(total), total.ok === 0 && 'no request succeeded']);
  return { profile, rows, total, errorCodes, readBack, passed: failures.length === 0, failures };
}

/**
 * Counts `requests` by how they ended and `acknowledged` pastes by verdict, under `label`.
 * @example tally('total', requests, acknowledged).hung
 */
export function tally(
  label: string,
  requests: readonly Pick<RequestRecord, 'outcome' | 'ms'>[],
  acknowledged: readonly Pick<AcknowledgedRecord, 'verdict'>[],
): Tally {
  const count = (kind: Outcome['kind']) => requests.filter((r) => r.outcome.kind === kind).length;
  const verdicts = (verdict: ReadBackVerdict) =>
    acknowledged.filter((ack) => ack.verdict === verdict).length;
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

/** Clear errors by code. */
export function countErrorCodes(
  requests: readonly Pick<RequestRecord, 'outcome'>[],
): Record<string, number> {
  const codes: Record<string, number> = {};
  for (const { outcome } of requests) {
    if (outcome.kind === 'error') codes[outcome.code] = (codes[outcome.code] ?? 0) + 1;
  }
  return codes;
}

/** What fails every scenario: a lost or unverified paste, a hung or unclear request. */
export function tallyFailures(total: Tally): readonly (string | false)[] {
  return [
    total.lost > 0 && `${total.lost} acknowledged paste(s) lost`,
    total.unverified > 0 && `${total.unverified} acknowledged paste(s) could not be read back`,
    total.hung > 0 && `${total.hung} request(s) hung`,
    total.unclear > 0 && `${total.unclear} request(s) failed without a clear error`,
  ];
}

/** The failures that apply, in order. */
export function failuresOf(checks: readonly (string | false)[]): string[] {
  return checks.filter((failure): failure is string => failure !== false);
}

/** A table column: its header and the row's count it shows. */
export type Column<Row extends Tally> = readonly [
  string,
  Exclude<keyof Row, 'label' | 'slowestOkMs'>,
];

/** The columns every scenario's table has, in order. */
export const TALLY_COLUMNS: readonly Column<Tally>[] = [
  ['requests', 'requests'],
  ['ok', 'ok'],
  ['clear errors', 'clearErrors'],
  ['unclear', 'unclear'],
  ['hung', 'hung'],
  ['acknowledged', 'acknowledged'],
  ['lost', 'lost'],
  ['unverified', 'unverified'],
];

const COLUMNS: readonly Column<ReportRow>[] = [
  ...TALLY_COLUMNS,
  ['resent packets', 'retransmitted'],
];

/**
 * `rows` as the lines of a Markdown table: the label under `labelHeader`, then `columns`, then
 * the slowest success in seconds.
 */
export function formatTable<Row extends Tally>(
  labelHeader: string,
  columns: readonly Column<Row>[],
  rows: readonly Row[],
): string[] {
  const lines = rows.map((r) => [
    r.label,
    ...columns.map(([, key]) => String(r[key])),
    formatSeconds(r.slowestOkMs),
  ]);
  const header = [labelHeader, ...columns.map(([name]) => name), 'slowest ok (s)'];
  const widths = header.map((name, i) => Math.max(name.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: readonly string[]) =>
    `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (i === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`;
  return [format(header), rule, ...lines.map(format)];
}

/** The line of clear errors by code, the most frequent first. */
export function formatErrorCodes(errorCodes: Readonly<Record<string, number>>): string {
  const codes = Object.entries(errorCodes)
    .sort(([, a], [, b]) => b - a)
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');
  return `clear errors by code: ${codes || 'none'}`;
}

/**
 * The report as a Markdown table, then the clear errors by code and the verdict.
 * @example console.log(formatReport(report));
 */
export function formatReport(report: ChaosReport): string {
  return [
    `chaos (${report.profile}): requests by the phase they started in`,
    '',
    ...formatTable('phase', COLUMNS, [...report.rows, report.total]),
    '',
    formatErrorCodes(report.errorCodes),
    `read-back: ${report.readBack.reads} reads, ${report.readBack.unanswered} unanswered, ` +
      `${report.readBack.retiredReaders} reader(s) gave up`,
    report.passed ? 'PASSED' : `FAILED: ${report.failures.join('; ')}`,
    '',
  ].join('\n');
}
