import { paddedLength } from '@pastenym/paste-protocol';

const UNITS = ['bytes', 'KB', 'MB', 'GB'];

/**
 * A byte count for people, in binary units with at most one decimal.
 * @example formatBytes(1536) // '1.5 KB'
 */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  if (unit === 0) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  const rounded = value >= 100 ? Math.round(value) : Math.round(value * 10) / 10;
  return `${rounded} ${UNITS[unit]}`;
}

const SPANS: readonly (readonly [seconds: number, name: string])[] = [
  [365 * 86_400, 'year'],
  [30 * 86_400, 'month'],
  [7 * 86_400, 'week'],
  [86_400, 'day'],
  [3_600, 'hour'],
  [60, 'minute'],
  [1, 'second'],
];

/**
 * A duration in the largest unit it reaches, exactly when that unit (or the next smaller one,
 * below 100 of them) divides it, else approximately ("about 3 days"); 0 is "never" (expiry
 * choices use 0 for no expiry).
 * @example formatDuration(604_800) // '1 week'
 */
export function formatDuration(seconds: number): string {
  if (seconds <= 0) return 'never';
  const plural = (count: number, name: string) => `${count} ${name}${count === 1 ? '' : 's'}`;
  const index = Math.max(
    0,
    SPANS.findIndex(([size]) => seconds >= size),
  );
  for (const [size, name] of SPANS.slice(index, index + 2)) {
    if (seconds % size === 0 && seconds / size < 100) return plural(seconds / size, name);
  }
  const [size, name] = SPANS[index]!;
  return `about ${plural(Math.round(seconds / size), name)}`;
}

/** Bundle bytes: version, flags, options, salt, iterations, checks and IV (74), then the GCM tag. */
const BUNDLE_OVERHEAD = 74 + 16;
/** The content's JSON header per attachment, generously (name, type, size). */
const PER_ATTACHMENT = 1_400;

/**
 * The sealed bundle's size before sealing, to show against the server's limit: the content
 * uncompressed (JSON escapes aside), padded as the paste format pads it. Compression only
 * makes the real bundle smaller; the client checks the real size after sealing anyway.
 * @example estimateBundleBytes(5, []) // 1114: every short text paste is one 1 KiB bucket
 */
export function estimateBundleBytes(textBytes: number, attachmentSizes: readonly number[]): number {
  const content =
    4 + 64 + textBytes + attachmentSizes.reduce((sum, size) => sum + size + PER_ATTACHMENT, 0);
  return paddedLength(4 + 1 + content) + BUNDLE_OVERHEAD;
}

/**
 * A file name safe to offer as a download: no path separators, control characters or leading
 * dots, at most 200 characters; `fallback` when nothing is left.
 * @example safeFileName('../../etc/passwd', 'file') // 'etc_passwd'
 */
export function safeFileName(name: string, fallback: string): string {
  const cleaned = Array.from(name)
    .map((char) =>
      char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f || /[\\/:*?"<>|]/.test(char)
        ? '_'
        : char,
    )
    .join('')
    .replace(/^[\s._]+/, '')
    .replace(/\s+$/, '')
    .slice(0, 200);
  return cleaned === '' ? fallback : cleaned;
}
