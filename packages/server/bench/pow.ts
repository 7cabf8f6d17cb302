// What a client pays for one create: proof-of-work solves at the default difficulty.
import type { CryptoProvider } from '@pastenym/crypto';
import { createBrowserCrypto } from '@pastenym/crypto/browser';
import { createNodeCrypto } from '@pastenym/crypto/node';
import { DEFAULT_POW_DIFFICULTY, solvePow } from '@pastenym/paste-protocol';
import { durations, quantile } from './timing.js';

/** Solve times on one engine. */
export interface PowCost {
  readonly engine: string;
  readonly difficulty: number;
  readonly runs: number;
  readonly median: number;
  readonly p99: number;
  /** Attempts per second, from the expected 2^difficulty attempts per solve. */
  readonly hashesPerSecond: number;
}

/** `runs` solves of fresh random challenges on node:crypto and on the browser provider. */
export function measurePow(runs: number, difficulty = DEFAULT_POW_DIFFICULTY): PowCost[] {
  const engines: CryptoProvider[] = [createNodeCrypto(), createBrowserCrypto()];
  return engines.map((crypto) => {
    const challenges = Array.from({ length: runs }, () => crypto.randomBytes(32));
    const times = durations(runs, (i) => solvePow(crypto, challenges[i]!, difficulty));
    const total = times.reduce((a, b) => a + b, 0);
    return {
      engine: crypto.name,
      difficulty,
      runs,
      median: quantile(times, 0.5),
      p99: quantile(times, 0.99),
      hashesPerSecond: (runs * 2 ** difficulty) / (total / 1000),
    };
  });
}
