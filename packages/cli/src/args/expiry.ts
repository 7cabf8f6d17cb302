import { usageError } from '../errors.js';

// Months are 30 days and years 365, as the protocol's default expiry choices.
const UNITS: readonly (readonly [string, number])[] = [
  ['y', 365 * 86_400],
  ['mo', 30 * 86_400],
  ['w', 7 * 86_400],
  ['d', 86_400],
  ['h', 3600],
  ['m', 60],
  ['s', 1],
];

const MAX_SECONDS = 0xffff_ffff;

/**
 * Parses `--expire`: `<n><unit>` with units s, m, h, d, w, mo (30 days), y (365 days), or
 * `never` (0). Returns seconds.
 * @throws {CliError} `cli.usage` for anything else.
 * @example parseExpiry('10m') // 600
 */
export function parseExpiry(text: string): number {
  const trimmed = text.trim().toLowerCase();
  if (trimmed === 'never') return 0;
  const match = /^(\d{1,10})\s*(mo|[smhdwy])$/.exec(trimmed);
  const unit = match && UNITS.find(([name]) => name === match[2]);
  const seconds = match && unit ? Number(match[1]) * unit[1] : NaN;
  if (!(seconds >= 1 && seconds <= MAX_SECONDS)) {
    throw usageError(`bad --expire "${text}": use e.g. 10m, 1h, 1d, 1w, 1mo, 1y or never`);
  }
  return seconds;
}

/** The expiry to ask for, and whether it is exactly what was requested. */
export interface ExpiryChoice {
  readonly seconds: number;
  readonly exact: boolean;
}

/**
 * Picks the server's expiry choice for a requested lifetime: the same one if offered, else the
 * longest shorter one (a paste never outlives what its creator asked for).
 * @throws {CliError} `cli.usage` when nothing fits, with the server's choices.
 * @example chooseExpiry(600, [300, 3600]) // { seconds: 300, exact: false }
 */
export function chooseExpiry(requested: number, offered: readonly number[]): ExpiryChoice {
  if (offered.includes(requested)) return { seconds: requested, exact: true };
  const shorter = offered.filter((s) => s > 0 && (requested === 0 || s < requested));
  if (requested !== 0 && shorter.length > 0) return { seconds: Math.max(...shorter), exact: false };
  const list = [...offered].sort((a, b) => (a || Infinity) - (b || Infinity)).map(formatDuration);
  throw usageError(
    `the server does not offer --expire ${formatDuration(requested)}; it offers ${list.join(', ')}`,
  );
}

/**
 * Seconds as the shortest exact `--expire` spelling, `never` for 0.
 * @example formatDuration(604_800) // '1w'
 */
export function formatDuration(seconds: number): string {
  if (seconds === 0) return 'never';
  const [name, size] = UNITS.find(([, size]) => seconds % size === 0) ?? ['s', 1];
  return `${seconds / size}${name}`;
}
