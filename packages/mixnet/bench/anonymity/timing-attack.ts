// A timing attack at the edges of the network: the adversary sees when each client puts a
// packet into the network and when a message reaches the paste server, and knows how long the
// network takes (a distribution it can learn by sending packets of its own). It scores each
// client by the likelihood that one of its packets became this message and guesses the best.

/** A packet entering the network: when, and from which client. */
export interface Entry {
  readonly at: number;
  readonly client: string;
}

/** A probability density of the time a packet takes through the network (ms). */
export type DelayDensity = (ms: number) => number;

/**
 * A density of the delays in `samples` as a histogram with bins of `binMs`, so the adversary's
 * model has the network's real shape (its fixed part included), not only the mixes' part.
 * @throws {RangeError} when `samples` is empty or `binMs` is not positive
 */
export function histogramDensity(samples: readonly number[], binMs: number): DelayDensity {
  if (samples.length === 0 || !(binMs > 0)) throw new RangeError('no delays to learn from');
  const counts = new Map<number, number>();
  for (const sample of samples) {
    const bin = Math.floor(sample / binMs);
    counts.set(bin, (counts.get(bin) ?? 0) + 1);
  }
  const norm = samples.length * binMs;
  return (ms) => (counts.get(Math.floor(ms / binMs)) ?? 0) / norm;
}

/**
 * For each exit time, the client whose packets best explain it: the sum over its entries
 * before the exit (within `horizonMs`) of `density(exit - entry)`; `undefined` when no client
 * has any likelihood. `entries` must be sorted by time.
 * @example timingAttack(entries, [105.2], histogramDensity(learned, 0.5), 1000) // ['alice']
 */
export function timingAttack(
  entries: readonly Entry[],
  exits: readonly number[],
  density: DelayDensity,
  horizonMs: number,
): (string | undefined)[] {
  return exits.map((exit) => {
    const scores = new Map<string, number>();
    for (let i = firstAtOrAfter(entries, exit - horizonMs); i < entries.length; i++) {
      const entry = entries[i]!;
      if (entry.at > exit) break;
      const likelihood = density(exit - entry.at);
      if (likelihood > 0) scores.set(entry.client, (scores.get(entry.client) ?? 0) + likelihood);
    }
    let best: string | undefined;
    let bestScore = 0;
    for (const [client, score] of scores)
      if (score > bestScore) [best, bestScore] = [client, score];
    return best;
  });
}

function firstAtOrAfter(entries: readonly Entry[], at: number): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (entries[middle]!.at < at) low = middle + 1;
    else high = middle;
  }
  return low;
}
