// The sender distribution a global passive adversary can assign to every packet, computed as
// Loopix does. A mix holds each packet for an exponential delay, all with the same mean; since
// the exponential is memoryless, whichever packets are in the mix are equally likely to be the
// next to leave, whatever their arrival times. So the adversary, who counts packets in and out
// of every mix, sees each mix as a pool: a packet leaving carries the average of the sender
// distributions of the packets inside, and the pool keeps that average. This is exact, not an
// approximation: every matching of inputs to outputs that respects the timings has the same
// likelihood (the delays always sum to the same total), and the pool weighs them all alike.
import { isClient, type NetworkRoles, type TraceEvent } from './trace.js';

/** What the adversary knows besides the trace. */
export interface AdversaryOptions {
  readonly roles: NetworkRoles;
  /** Mixes that reveal which input became which output (their `cause`). Default none. */
  readonly corrupt?: ReadonlySet<string>;
  /** The deliveries to compute a distribution for (e.g. messages reaching the paste server). */
  readonly isTarget: (event: TraceEvent, index: number) => boolean;
}

/** A probability for each sender, indexed as `senders`. */
export type Distribution = Float64Array;

/** The adversary's view of each target delivery. */
export interface SenderDistributions {
  /** Every client that put a packet into the network, in order of first appearance. */
  readonly senders: readonly string[];
  /** Index in the trace and sender distribution of each target, in trace order. */
  readonly targets: readonly { readonly index: number; readonly distribution: Distribution }[];
}

interface Pool {
  count: number;
  /** The sum of the distributions of the packets inside. */
  readonly mass: Float64Array;
}

/**
 * Runs the adversary over a trace sorted by time. Gateways add no delay, so a gateway's
 * outputs are linked to the input that caused them (the same bytes, or an ack fired and a
 * message delivered the instant it arrived), as timing alone would link them.
 * @example senderDistributions(trace, { roles, isTarget: (e) => e.to === server }).targets
 */
export function senderDistributions(
  trace: readonly TraceEvent[],
  options: AdversaryOptions,
): SenderDistributions {
  const { roles } = options;
  const corrupt = options.corrupt ?? new Set<string>();
  const senderIndex = new Map<string, number>();
  for (const event of trace)
    if (isClient(roles, event.from) && !senderIndex.has(event.from))
      senderIndex.set(event.from, senderIndex.size);
  const size = senderIndex.size;
  const uniform = () => new Float64Array(size).fill(size === 0 ? 0 : 1 / size);
  const pools = new Map<string, Pool>();
  const pool = (mix: string): Pool => {
    let found = pools.get(mix);
    if (!found) pools.set(mix, (found = { count: 0, mass: new Float64Array(size) }));
    return found;
  };
  // Packets the adversary follows exactly: inside gateways and corrupt mixes, by handle.
  const followed = new Map<string, Distribution>();
  const targets: { index: number; distribution: Distribution }[] = [];

  trace.forEach((event, index) => {
    let distribution: Distribution;
    if (isClient(roles, event.from)) {
      distribution = new Float64Array(size);
      distribution[senderIndex.get(event.from)!] = 1;
    } else if (roles.gateways.has(event.from) || corrupt.has(event.from)) {
      distribution = (event.cause && followed.get(event.cause)) || uniform();
      // A gateway's input is done with once delivered or passed on; an ack fired from a
      // delivered message comes just before the delivery itself.
      const done =
        corrupt.has(event.from) || isClient(roles, event.to) || event.cause === event.handle;
      if (done && event.cause) followed.delete(event.cause);
    } else {
      distribution = leave(pool(event.from)) ?? uniform();
    }

    if (roles.mixes.has(event.to) && !corrupt.has(event.to)) enter(pool(event.to), distribution);
    else if (!isClient(roles, event.to)) followed.set(event.handle, distribution);
    else if (options.isTarget(event, index)) targets.push({ index, distribution });
  });
  return { senders: [...senderIndex.keys()], targets };
}

function enter(pool: Pool, distribution: Distribution): void {
  for (let i = 0; i < distribution.length; i++) pool.mass[i]! += distribution[i]!;
  pool.count++;
}

/** The distribution of a packet leaving the pool; the pool keeps the same average. */
function leave(pool: Pool): Distribution | undefined {
  if (pool.count <= 0) return undefined; // a packet the tap missed coming in
  const out = new Float64Array(pool.mass.length);
  const keep = (pool.count - 1) / pool.count;
  for (let i = 0; i < out.length; i++) {
    out[i] = pool.mass[i]! / pool.count;
    pool.mass[i]! *= keep;
  }
  pool.count--;
  return out;
}

/** Shannon entropy in bits: -sum p log2 p (normalised first, zeros skipped). */
export function entropyBits(distribution: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < distribution.length; i++) total += distribution[i]!;
  if (total <= 0) return 0;
  let bits = 0;
  for (let i = 0; i < distribution.length; i++) {
    const p = distribution[i]! / total;
    if (p > 0) bits -= p * Math.log2(p);
  }
  return bits;
}

/** Index of the most likely sender (the first of equals). */
export function mostLikely(distribution: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < distribution.length; i++)
    if (distribution[i]! > distribution[best]!) best = i;
  return best;
}
