// A small simulated mixnet for the anonymity analysis' tests: users send messages to a server
// (and, with cover, loop packets to themselves) through a gateway, one of two mixes per layer
// with exponential delays, and the server's gateway. Deterministic for a seed.
import type { NetworkRoles, TraceEvent } from '../../bench/anonymity/trace.js';

export interface SyntheticOptions {
  readonly users: number;
  readonly seconds: number;
  readonly messagesPerUserPerSecond: number;
  /** Cover packets per user per second (0: none). */
  readonly coverPerUserPerSecond: number;
  readonly meanDelayMs: number;
  readonly seed: number;
}

export interface SyntheticRun {
  readonly trace: TraceEvent[];
  readonly roles: NetworkRoles;
  readonly server: string;
  readonly users: readonly string[];
}

/** Link latency plus processing, per hop (ms). */
const HOP_MS = 0.5;

export function syntheticMixnet(options: SyntheticOptions): SyntheticRun {
  const random = mulberry32(options.seed);
  const exponential = (mean: number) => (mean <= 0 ? 0 : -mean * Math.log(1 - random()));
  const mixes = [1, 2, 3].map((layer) => [`mix-${layer}a`, `mix-${layer}b`]);
  const roles: NetworkRoles = {
    mixes: new Set(mixes.flat()),
    gateways: new Set(['gateway-a', 'gateway-b']),
  };
  const users = Array.from({ length: options.users }, (_, i) => `user-${i}`);
  const server = 'server';
  const trace: TraceEvent[] = [];
  let handles = 0;
  const send = (from: string, to: string, at: number) => {
    const handle = `h${handles++}`;
    trace.push({ at, from, to: 'gateway-a', bytes: 1, handle });
    let cause = handle;
    let time = at + HOP_MS;
    const route = mixes.map((layer) => layer[Math.floor(random() * 2)]!);
    trace.push({ at: time, from: 'gateway-a', to: route[0]!, bytes: 1, handle, cause });
    for (let hop = 0; hop < route.length; hop++) {
      time += HOP_MS + exponential(options.meanDelayMs);
      const next = route[hop + 1] ?? 'gateway-b';
      const out = `h${handles++}`;
      trace.push({ at: time, from: route[hop]!, to: next, bytes: 1, handle: out, cause });
      cause = out;
    }
    time += HOP_MS;
    trace.push({ at: time, from: 'gateway-b', to, bytes: 1, handle: `h${handles++}`, cause });
  };
  const end = options.seconds * 1000;
  for (const user of users) {
    const poisson = (perSecond: number, to: string) => {
      if (perSecond <= 0) return;
      for (let at = exponential(1000 / perSecond); at < end; at += exponential(1000 / perSecond))
        send(user, to, at);
    };
    poisson(options.messagesPerUserPerSecond, server);
    poisson(options.coverPerUserPerSecond, user);
  }
  trace.sort((a, b) => a.at - b.at);
  return { trace, roles, server, users };
}

/** A small seeded generator (mulberry32): uniform in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
