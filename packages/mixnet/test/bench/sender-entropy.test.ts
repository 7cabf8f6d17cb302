import { describe, expect, it } from 'vitest';
import {
  entropyBits,
  mostLikely,
  senderDistributions,
} from '../../bench/anonymity/sender-entropy.js';
import type { NetworkRoles, TraceEvent } from '../../bench/anonymity/trace.js';
import { mulberry32 } from './synthetic-mixnet.js';

const roles: NetworkRoles = { mixes: new Set(['mix']), gateways: new Set() };
let next = 0;
/** A client's packet into the mix, or the mix's packet out to the server. */
const into = (at: number, client: string): TraceEvent => ({
  at,
  from: client,
  to: 'mix',
  bytes: 1,
  handle: `in-${next++}`,
});
const out = (at: number, cause: string): TraceEvent => ({
  at,
  from: 'mix',
  to: 'server',
  bytes: 1,
  handle: `out-${next++}`,
  cause,
});
const toServer = (event: TraceEvent) => event.to === 'server';

/** The adversary's distribution of each output, as { sender: probability }. */
function outputs(trace: TraceEvent[], corrupt: ReadonlySet<string> = new Set()) {
  const { senders, targets } = senderDistributions(trace, { roles, corrupt, isTarget: toServer });
  return targets.map(({ distribution }) =>
    Object.fromEntries(senders.map((sender, i) => [sender, distribution[i]!])),
  );
}

describe('entropyBits', () => {
  it('is worked out by hand for a few distributions', () => {
    expect(entropyBits([1])).toBe(0);
    expect(entropyBits([0.5, 0.5])).toBeCloseTo(1, 12);
    expect(entropyBits([0.25, 0.25, 0.25, 0.25])).toBeCloseTo(2, 12);
    // -(2/3 log2 2/3 + 1/3 log2 1/3) = log2 3 - 2/3
    expect(entropyBits([2 / 3, 1 / 3])).toBeCloseTo(Math.log2(3) - 2 / 3, 12);
    expect(entropyBits([2, 1, 0])).toBeCloseTo(Math.log2(3) - 2 / 3, 12); // normalised
  });

  it('picks the most likely sender', () => {
    expect(mostLikely([0.2, 0.5, 0.3])).toBe(1);
  });
});

describe('senderDistributions (a mix as a pool)', () => {
  it('gives an output of a mix holding one packet of A and one of B half to each', () => {
    const a = into(0, 'A');
    const b = into(1, 'B');
    const [first, second] = outputs([a, b, out(5, a.handle), out(6, b.handle)]);
    expect(first).toEqual({ A: 0.5, B: 0.5 });
    expect(second).toEqual({ A: 0.5, B: 0.5 });
    expect(entropyBits(Object.values(first!))).toBeCloseTo(1, 12);
  });

  it('follows the hand-worked pool of A, A, B, one out, then C', () => {
    // Out 1: two of three packets are A's: {A: 2/3, B: 1/3}. Each packet stays with
    // probability 2/3; then C comes in, and out 2 is each of the three packets in with
    // probability 1/3: C 1/3, A 2 x 2/3 x 1/3 = 4/9, B 2/3 x 1/3 = 2/9.
    const ins = [into(0, 'A'), into(1, 'A'), into(2, 'B')];
    const c = into(4, 'C');
    const [first, second] = outputs([...ins, out(3, ins[0]!.handle), c, out(5, c.handle)]);
    expect(first!.A).toBeCloseTo(2 / 3, 12);
    expect(first!.B).toBeCloseTo(1 / 3, 12);
    expect(first!.C).toBe(0);
    expect(second!.A).toBeCloseTo(4 / 9, 12);
    expect(second!.B).toBeCloseTo(2 / 9, 12);
    expect(second!.C).toBeCloseTo(1 / 3, 12);
    // -(4/9 log2 4/9 + 2/9 log2 2/9 + 1/3 log2 1/3) = 1.5305 bits
    expect(entropyBits(Object.values(second!))).toBeCloseTo(1.5305, 4);
  });

  it('gives a packet alone in the mix away entirely (no mixing)', () => {
    const a = into(0, 'A');
    const b = into(2, 'B');
    const [first, second] = outputs([a, out(1, a.handle), b, out(3, b.handle)]);
    expect(first).toEqual({ A: 1, B: 0 });
    expect(second).toEqual({ A: 0, B: 1 });
  });

  it('learns nothing but the truth from a corrupt mix', () => {
    const ins = [into(0, 'A'), into(1, 'B'), into(2, 'C')];
    const trace = [...ins, out(3, ins[1]!.handle), out(4, ins[2]!.handle), out(5, ins[0]!.handle)];
    expect(outputs(trace, new Set(['mix']))).toEqual([
      { A: 0, B: 1, C: 0 },
      { A: 0, B: 0, C: 1 },
      { A: 1, B: 0, C: 0 },
    ]);
  });

  it('equals the exact posterior: every matching that fits the timings equally likely', () => {
    // Exponential delays of one mean: a matching's likelihood depends only on the sum of its
    // delays, the same for every matching, so the posterior is uniform over valid matchings.
    const random = mulberry32(7);
    for (let round = 0; round < 20; round++) {
      const trace: TraceEvent[] = [];
      const inside: TraceEvent[] = [];
      for (let t = 0; t < 9; t++) {
        if (inside.length > 0 && random() < 0.45) {
          const leaving = inside.splice(Math.floor(random() * inside.length), 1)[0]!;
          trace.push(out(t, leaving.handle));
        } else {
          const packet = into(t, 'ABC'[Math.floor(random() * 3)]!);
          inside.push(packet);
          trace.push(packet);
        }
      }
      const pool = outputs(trace);
      const exact = bruteForce(trace);
      expect(pool.length).toBe(exact.length);
      pool.forEach((distribution, i) => {
        for (const sender of 'ABC')
          expect(distribution[sender] ?? 0).toBeCloseTo(exact[i]![sender] ?? 0, 12);
      });
    }
  });
});

/** Enumerates every assignment of outputs to inputs present at the time; uniform weights. */
function bruteForce(trace: TraceEvent[]): Record<string, number>[] {
  const outputs = trace.filter(toServer);
  const tallies: Record<string, number>[] = outputs.map(() => ({}));
  let total = 0;
  const walk = (k: number, inside: TraceEvent[], position: number, chosen: string[]) => {
    // Move the pool forward to output k, letting in every input before it.
    let i = position;
    const pool = [...inside];
    while (i < trace.length && trace[i]!.to === 'mix') pool.push(trace[i++]!);
    if (k === outputs.length) {
      total++;
      chosen.forEach((sender, j) => (tallies[j]![sender] = (tallies[j]![sender] ?? 0) + 1));
      return;
    }
    for (let p = 0; p < pool.length; p++) {
      const rest = pool.filter((_, q) => q !== p);
      walk(k + 1, rest, i + 1, [...chosen, pool[p]!.from]);
    }
  };
  walk(0, [], 0, []);
  return tallies.map((tally) =>
    Object.fromEntries(Object.entries(tally).map(([sender, n]) => [sender, n / total])),
  );
}
