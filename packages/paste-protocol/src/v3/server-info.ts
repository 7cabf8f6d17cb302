import type { Limits } from '../limits.js';
import type { PowPrice } from '../pow/price.js';
import { POW_ALGORITHM, type ServerInfo, type V2Acceptance } from './types.js';

/**
 * Default proof-of-work difficulty: 16 leading zero bits, 65,536 SHA-256 calls on average,
 * about 0.1-0.2 s in JavaScript at 300,000-600,000 hashes/s (and under a second for 99% of
 * pastes), while a spammer pays that for every single paste.
 */
export const DEFAULT_POW_DIFFICULTY = 16;

/**
 * Builds the `pong` info from a server's limits, so what it announces is what it enforces.
 * @example serverInfo(DEFAULT_LIMITS, { version: '3.0.0', difficulty: 16 })
 */
export function serverInfo(
  limits: Limits,
  options: {
    version: string;
    difficulty: number;
    capabilities?: readonly string[];
    price?: PowPrice;
    stepDownSeconds?: number;
    /** What v2 clients may do; absent: the server does not speak v2. */
    v2?: V2Acceptance;
  },
): ServerInfo {
  const { price, stepDownSeconds, v2 } = options;
  return {
    version: options.version,
    protocols: v2 ? [2, 3] : [3],
    capabilities: options.capabilities ?? ['delete', 'burn', 'legacy-read'],
    limits: {
      maxBundleBytes: limits.maxBundleBytes,
      expiryChoices: limits.expiryChoices,
      maxViews: limits.maxViews,
    },
    pow: {
      algorithm: POW_ALGORITHM,
      difficulty: options.difficulty,
      ...(price ? { price } : {}),
      ...(stepDownSeconds === undefined ? {} : { stepDownSeconds }),
    },
    ...(v2 ? { v2 } : {}),
  };
}
