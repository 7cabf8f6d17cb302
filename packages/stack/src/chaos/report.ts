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

/** One line of the table. */
export interface ReportRow {
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
  const rows = phases.map(({ label, retransmitted }, phase) =>
    row(
      label,
      retransmitted,
      requests.filter((request) => request.phase === phase),
      acknowledged.filter((ack) => ack.phase === phase),
    ),
  );
  const retransmitted = phases.reduce((sum, phase) => sum + phase.retransmitted, 0);
  const total = row('total', retransmitted, requests, acknowledged);
  const errorCodes: Record<string, number> = {};
  for (const { outcome } of requests) {
    if (outcome.kind === 'error') errorCodes[outcome.code] = (errorCodes[outcome.code] ?? 0) + 1;
  }
  const failures = [
    total.lost > 0 && `${total.lost} acknowledged paste(s) lost`,
    total.unverified > 0 && `${total.unverified} acknowledged paste(s) could not be read back`,
    total.hung > 0 && `${total.hung} request(s) hung`,
    total.unclear > 0 && `${total.unclear} request(s) failed without a clear error`,
    total.ok === 0 && 'no request succeeded',
  ].filter((failure): failure is string => failure !== false);
  return { profile, rows, total, errorCodes, readBack, passed: failures.length === 0, failures };
}

function row(
  label: string,
  retransmitted: number,
  requests: readonly RequestRecord[],
  acknowledged: readonly AcknowledgedRecord[],
): ReportRow {
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
    retransmitted,
  };
}

const COLUMNS: readonly [string, Exclude<keyof ReportRow, 'label' | 'slowestOkMs'>][] = [
  ['requests', 'requests'],
  ['ok', 'ok'],
  ['clear errors', 'clearErrors'],
  ['unclear', 'unclear'],
  ['hung', 'hung'],
  ['acknowledged', 'acknowledged'],
  ['lost', 'lost'],
  ['unverified', 'unverified'],
  ['resent packets', 'retransmitted'],
];

/**
 * The report as a Markdown table, then the clear errors by code and the verdict.
 * @example console.log(formatReport(report));
 */
export function formatReport(report: ChaosReport): string {
  const lines = [...report.rows, report.total].map((r) => [
    r.label,
    ...COLUMNS.map(([, key]) => String(r[key])),
    (r.slowestOkMs / 1000).toFixed(1),
  ]);
  const header = ['phase', ...COLUMNS.map(([name]) => name), 'slowest ok (s)'];
  const widths = header.map((name, i) => Math.max(name.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: readonly string[]) =>
    `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (i === 0 ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`;
  const codes = Object.entries(report.errorCodes)
    .sort(([, a], [, b]) => b - a)
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');
  return [
    `chaos (${report.profile}): requests by the phase they started in`,
    '',
    format(header),
    rule,
    ...lines.map(format),
    '',
    `clear errors by code: ${codes || 'none'}`,
    `read-back: ${report.readBack.reads} reads, ${report.readBack.unanswered} unanswered, ` +
      `${report.readBack.retiredReaders} reader(s) gave up`,
    report.passed ? 'PASSED' : `FAILED: ${report.failures.join('; ')}`,
    '',
  ].join('\n');
}
