// The tables `npm run bench:e2e` prints (Markdown, so a run pastes into a note as it is).
import type { CaseFigures } from './e2e-figures.js';

/** A Markdown table: the first column left-aligned, the others right-aligned. */
export function markdownTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const rule = headers.map((_, i) => (i === 0 ? '---' : '---:'));
  return [line(headers), line(rule), ...rows.map(line)].join('\n');
}

/** `n` with thousands separators and `digits` decimals. */
export function formatNumber(n: number, digits = 0): string {
  if (!Number.isFinite(n)) return '∞';
  return n.toLocaleString('en-US', {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  });
}

/** One measured case, named by its layout, clients, size and operation. */
export interface CaseRow {
  readonly label: string;
  readonly figures: CaseFigures;
}

const CASE_HEADERS = [
  'case',
  'ops',
  'failed',
  'ops/s',
  'p50 ms',
  'p95 ms',
  'p99 ms',
  'packets/op',
  'floor',
  'packets/floor',
  'ceiling ops/s',
  'ops/ceiling',
];

/** The table of the cases: one row each, the two ratios last of their groups. */
export function formatCaseTable(rows: readonly CaseRow[]): string {
  return markdownTable(
    CASE_HEADERS,
    rows.map(({ label, figures: f }) => [
      label,
      formatNumber(f.operations),
      formatNumber(f.failed),
      formatNumber(f.opsPerSecond, 2),
      formatNumber(f.p50Ms),
      formatNumber(f.p95Ms),
      formatNumber(f.p99Ms),
      formatNumber(f.packetsPerOp, 1),
      formatNumber(f.floor),
      `**${formatNumber(f.packetsOverFloor, 2)}**`,
      formatNumber(f.ceilingOpsPerSecond, 1),
      `**${formatNumber(f.opsOverCeiling, 3)}**`,
    ]),
  );
}
