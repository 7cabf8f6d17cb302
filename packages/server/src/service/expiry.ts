import { coarsenTtl } from '@pastenym/paste-protocol';

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86_400;
// Candidate granularities, coarsest first (seconds).
const GRANULARITIES = [DAY, HOUR, 5 * MINUTE, MINUTE, 1];

/**
 * The granularity (seconds) an expiry of `seconds` is rounded to: the step the protocol uses for
 * time-to-live values of that size (`coarsenTtl`: 5 min up to an hour, 1 h up to a day, 1 day
 * beyond), but always finer than the lifetime itself, so that rounding never eats a whole one.
 * @example expiryGranularity(7 * 86_400) // 86_400
 */
export function expiryGranularity(seconds: number): number {
  const step = seconds <= HOUR ? 5 * MINUTE : seconds <= DAY ? HOUR : DAY;
  return GRANULARITIES.find((g) => g <= step && g < seconds) ?? 1;
}

/**
 * The absolute expiry (ms) of a paste created at `now` that lives `seconds`, rounded *down* to
 * `expiryGranularity(seconds)`. Down, so that a paste never outlives its promise; rounded, so
 * that the stored expiry minus the lifetime does not give away the creation time more precisely
 * than the protocol's time-to-live values do (to the day for pastes that live a day or more).
 * Always later than `now`.
 * @example roundedExpiry(Date.UTC(2024, 0, 1, 15, 7), 86_400) // Date.UTC(2024, 0, 2, 15)
 */
export function roundedExpiry(now: number, seconds: number): number {
  const granularityMs = expiryGranularity(seconds) * 1000;
  return Math.floor((now + seconds * 1000) / granularityMs) * granularityMs;
}

/**
 * The coarse time-to-live a reply carries (`coarsenTtl` of the whole seconds left), `null` for a
 * paste that never expires.
 */
export function replyTtl(expiresAt: number | null, now: number): number | null {
  if (expiresAt === null) return null;
  return coarsenTtl(Math.max(0, Math.ceil((expiresAt - now) / 1000)));
}
