import { paddedLength } from '@pastenym/paste-protocol';

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/**
 * A byte count for people in `locale`, in binary units with at most one decimal (`Intl` names
 * the unit and places the decimal sign).
 * @example formatBytes(1536, 'en') // '1.5 kB'
 */
export function formatBytes(bytes: number, locale = 'en'): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: value >= 100 || unit === 0 ? 0 : 1,
  }).format(value);
}

type DurationUnit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second';

const SPANS: readonly (readonly [seconds: number, unit: DurationUnit])[] = [
  [365 * 86_400, 'year'],
  [30 * 86_400, 'month'],
  [7 * 86_400, 'week'],
  [86_400, 'day'],
  [3_600, 'hour'],
  [60, 'minute'],
  [1, 'second'],
];

/** A positive duration as a count of one unit, and whether that count is rounded. */
export interface DurationParts {
  readonly value: number;
  readonly unit: DurationUnit;
  readonly approximate: boolean;
}

/**
 * A positive duration in the largest unit it reaches, exactly when that unit (or the next
 * smaller one, below 100 of them) divides it, else rounded (`approximate`).
 * @example durationParts(604_800) // { value: 1, unit: 'week', approximate: false }
 */
export function durationParts(seconds: number): DurationParts {
  const index = Math.max(
    0,
    SPANS.findIndex(([size]) => seconds >= size),
  );
  for (const [size, unit] of SPANS.slice(index, index + 2)) {
    if (seconds % size === 0 && seconds / size < 100)
      return { value: seconds / size, unit, approximate: false };
  }
  const [size, unit] = SPANS[index]!;
  return { value: Math.max(1, Math.round(seconds / size)), unit, approximate: true };
}

/**
 * A duration's count and unit in `locale`, plural forms included (`Intl.NumberFormat` units);
 * whether it is rounded is {@link durationParts}' to say.
 * @example formatDuration(604_800, 'de') // '1 Woche'
 */
export function formatDuration(seconds: number, locale = 'en'): string {
  const { value, unit } = durationParts(seconds);
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

/** Bundle bytes: version, flags, options, salt, iterations, checks and IV (74), then the GCM tag. */
const BUNDLE_OVERHEAD = 74 + 16;
/** The content's JSON header per attachment, generously (name, type, size). */
const PER_ATTACHMENT = 1_400;

/**
 * The sealed bundle's size before sealing, to show against the server's limit: the content
 * uncompressed (JSON escapes aside), padded as the paste format pads it. Compression only
 * makes the real bundle smaller; the client checks the real size after sealing anyway.
 * @example estimateBundleBytes(5, []) // 1402: every short text paste is in the smallest bucket
 */
export function estimateBundleBytes(textBytes: number, attachmentSizes: readonly number[]): number {
  const content =
    4 + 64 + textBytes + attachmentSizes.reduce((sum, size) => sum + size + PER_ATTACHMENT, 0);
  return paddedLength(4 + 1 + content) + BUNDLE_OVERHEAD;
}

// Bidirectional controls (ALM, LRM, RLM, LRE..RLO, LRI..PDI) reorder what follows them:
// `evil\u202Egnp.exe` shows as "evilexe.png". File names never get to use them.
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

function isControl(char: string): boolean {
  const code = char.codePointAt(0)!;
  return code < 0x20 || (code >= 0x7f && code < 0xa0) || BIDI_CONTROLS.test(char);
}

/**
 * A file name as shown on the page: control and bidirectional characters are replaced by their
 * visible code (`⟨U+202E⟩`), so the name reads in stored order and its real extension shows.
 * @example visibleFileName('evil\u202Egnp.exe') // 'evil⟨U+202E⟩gnp.exe'
 */
export function visibleFileName(name: string): string {
  return Array.from(name)
    .map((char) =>
      isControl(char)
        ? `⟨U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`
        : char,
    )
    .join('');
}

/**
 * A file name safe to offer as a download: no path separators, control or bidirectional
 * characters or leading dots, at most 200 characters; `fallback` when nothing is left.
 * @example safeFileName('../../etc/passwd', 'file') // 'etc_passwd'
 */
export function safeFileName(name: string, fallback: string): string {
  const cleaned = Array.from(name)
    .map((char) => (isControl(char) || /[\\/:*?"<>|]/.test(char) ? '_' : char))
    .join('')
    .replace(/^[\s._]+/, '')
    .replace(/\s+$/, '')
    .slice(0, 200);
  return cleaned === '' ? fallback : cleaned;
}
