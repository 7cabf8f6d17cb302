const MINUTE = 60;
const HOUR = 3600;
const DAY = 86_400;

/**
 * Rounds a time-to-live *up* to a granularity that grows with it: 5 minutes below an hour,
 * 1 hour below a day, 1 day beyond. Replies carry only this coarse value and never a creation
 * time, so a reader who knows the expiry choice learns when the paste was made only to within
 * the granularity (a day for anything that lives a day or more). `null` (never) stays `null`.
 * @example coarsenTtl(3 * 86_400 + 5) // 4 * 86_400
 */
export function coarsenTtl(seconds: number | null): number | null {
  if (seconds === null) return null;
  if (!(seconds > 0)) return 0;
  const step = seconds <= HOUR ? 5 * MINUTE : seconds <= DAY ? HOUR : DAY;
  return Math.min(Math.ceil(seconds / step) * step, 0xffff_ffff);
}
