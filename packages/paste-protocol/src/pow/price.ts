/**
 * What a server charges, in proof-of-work bits, for what a create asks it to keep: bytes and
 * time. Announced in `pong` (`info.pow.price`), so a client computes the difficulty of its own
 * create before solving, and the server checks the same number.
 */
export interface PowPrice {
  /** Bundles up to this size (bytes) cost no extra bits. */
  readonly freeBytes: number;
  /** Lifetimes up to this (seconds) cost no extra bits. */
  readonly freeSeconds: number;
  /** The lifetime a paste that never expires (expiry 0) is charged for, in seconds. */
  readonly neverSeconds: number;
}

/**
 * The defaults: 64 KiB and one day are free (most text pastes are one 1,402-byte bundle), and
 * "never" is charged as ten years, the longest lifetime the v2 protocol can even express.
 */
export const DEFAULT_POW_PRICE: PowPrice = {
  freeBytes: 64 * 1024,
  freeSeconds: 86_400,
  neverSeconds: 10 * 365 * 86_400,
};

/**
 * Extra bits for storing `bytes` for `expirySeconds` (0 = never): half the base-2 logarithm of
 * the bytes × time it occupies beyond the free allowance, rounded to the nearest bit. So the
 * expected work grows with the square root of bytes × time: 16x the size or 16x the lifetime
 * costs 4x the work. Linear pricing would charge a year of 10 MiB 2^16 times a day of 64 KiB,
 * hours in a browser; the storage quota, not the price, is what bounds an attacker's total.
 * @example powPriceBits(DEFAULT_POW_PRICE, 10 * 1024 * 1024, 365 * 86_400) // 8
 */
export function powPriceBits(price: PowPrice, bytes: number, expirySeconds: number): number {
  const seconds = expirySeconds === 0 ? price.neverSeconds : expirySeconds;
  const sizeRatio = Math.max(1, bytes / price.freeBytes);
  const timeRatio = Math.max(1, seconds / price.freeSeconds);
  return Math.round(Math.log2(sizeRatio * timeRatio) / 2);
}

/**
 * The difficulty a create must meet: the server's current base difficulty (which rises under
 * load) plus the price of what it stores; just the base when the server announces no price.
 * @example createDifficulty({ difficulty: 16, price: DEFAULT_POW_PRICE }, 1024 * 1024, 604_800) // 19
 */
export function createDifficulty(
  pow: { readonly difficulty: number; readonly price?: PowPrice | undefined },
  bytes: number,
  expirySeconds: number,
): number {
  if (pow.price === undefined) return pow.difficulty;
  return pow.difficulty + powPriceBits(pow.price, bytes, expirySeconds);
}
