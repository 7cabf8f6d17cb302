const UNIT_SECONDS: Readonly<Record<string, number>> = {
  s: 1,
  sec: 1,
  second: 1,
  m: 60,
  min: 60,
  minute: 60,
  h: 3600,
  hr: 3600,
  hour: 3600,
  d: 86_400,
  day: 86_400,
  w: 604_800,
  week: 604_800,
  month: 30 * 86_400,
  y: 365 * 86_400,
  year: 365 * 86_400,
};

/** Ten years: longer "relative" expiries are treated as typos and refused. */
export const MAX_LEGACY_EXPIRY_SECONDS = 10 * 365 * 86_400;

/**
 * Parses a v2 relative expiry (`expiration_time`) into seconds. `""` means no expiry (`null`).
 * Accepts "5 minutes", "1 week", "in 2 hours", "a month", the CLI's "10m", "1h", "1d", "1w",
 * and bare units ("month", "year"); months are 30 days, years 365. Anything else is
 * `undefined`, which callers must refuse: the original backend turned unparsable values into
 * "expire now" and deleted the paste at once.
 * @example parseLegacyExpiry('10m') // 600
 */
export function parseLegacyExpiry(text: string): number | null | undefined {
  const cleaned = text.trim().toLowerCase();
  if (cleaned === '') return null;
  const match = /^(?:in\s+)?(\d{1,6}|an?)?\s*([a-z]+)$/.exec(cleaned);
  if (!match) return undefined;
  const count = match[1] === undefined || match[1] === 'a' || match[1] === 'an' ? 1 : +match[1];
  const unit = match[2]!;
  const singular = unit.length > 2 && unit.endsWith('s') ? unit.slice(0, -1) : unit;
  const seconds = UNIT_SECONDS[singular];
  if (seconds === undefined || count < 1) return undefined;
  const total = count * seconds;
  return total <= MAX_LEGACY_EXPIRY_SECONDS ? total : undefined;
}
