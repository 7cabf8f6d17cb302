// What a create costs its client on this machine, by size and lifetime: the proof of work the
// default price asks for (from the measured hashing rate) and sealing the content.
import type { CryptoProvider } from '@pastenym/crypto';
import { createBrowserCrypto } from '@pastenym/crypto/browser';
import {
  createDifficulty,
  DEFAULT_POW_DIFFICULTY,
  DEFAULT_POW_PRICE,
  sealPaste,
  solvePow,
} from '@pastenym/paste-protocol';
import { measurePow } from './pow.js';
import { durations, quantile } from './timing.js';

const KIB = 1024;
const DAY = 86_400;

/** The cases the price is documented with. */
export const PRICE_CASES = [
  { label: '1 KiB for 1 day', bytes: KIB, seconds: DAY },
  { label: '1 MiB for 1 week', bytes: 1024 * KIB, seconds: 7 * DAY },
  { label: '10 MiB for 1 year', bytes: 10 * 1024 * KIB, seconds: 365 * DAY },
] as const;

/** One row of the price table. */
export interface PriceRow {
  readonly label: string;
  readonly difficulty: number;
  /** Mean proof-of-work seconds per engine (2^difficulty / measured attempts per second). */
  readonly powSeconds: readonly { readonly engine: string; readonly mean: number }[];
  /** Milliseconds to seal the content (compression, padding, AES-GCM) on node:crypto. */
  readonly sealMs: number;
  /** Seconds of real solves at this difficulty on the browser's engine: median and slowest. */
  readonly solved: { readonly runs: number; readonly median: number; readonly max: number };
}

/**
 * Measures the attempt rate of each engine (`solves` solves at the default difficulty), the
 * sealing time of each case's content (incompressible bytes, as a file would be), and
 * `pricedSolves` real solves at each case's difficulty on the browser's engine.
 */
export async function measurePrices(
  crypto: CryptoProvider,
  solves: number,
  pricedSolves: number,
): Promise<PriceRow[]> {
  const browser = createBrowserCrypto();
  const rates = measurePow(solves);
  const rows: PriceRow[] = [];
  for (const { label, bytes, seconds } of PRICE_CASES) {
    const difficulty = createDifficulty(
      { difficulty: DEFAULT_POW_DIFFICULTY, price: DEFAULT_POW_PRICE },
      // The sealed bundle is a little larger than the content; the price is on the bundle.
      bytes,
      seconds,
    );
    const data = crypto.randomBytes(bytes);
    const start = process.hrtime.bigint();
    await sealPaste(
      { crypto },
      { text: '', attachments: [{ name: 'f', type: 'application/octet-stream', data }] },
      { expirySeconds: seconds, maxViews: null, public: false },
    );
    const sealMs = Number(process.hrtime.bigint() - start) / 1e6;
    const powSeconds = rates.map((r) => ({
      engine: r.engine,
      mean: 2 ** difficulty / r.hashesPerSecond,
    }));
    const challenges = Array.from({ length: pricedSolves }, () => browser.randomBytes(32));
    const times = durations(pricedSolves, (i) => solvePow(browser, challenges[i]!, difficulty));
    const solved = {
      runs: pricedSolves,
      median: quantile(times, 0.5) / 1000,
      max: Math.max(...times) / 1000,
    };
    rows.push({ label, difficulty, powSeconds, sealMs, solved });
  }
  return rows;
}
