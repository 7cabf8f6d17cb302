// What a global passive adversary recorded: every packet on every link, with its time.
import type { LinkTapEvent } from '../../src/node/link-tap.js';

/** One packet on one link at time `at` (ms, one clock for the whole mixnet). */
export interface TraceEvent extends LinkTapEvent {
  readonly at: number;
}

/** Which link ends are nodes; every other one is a client (a user or the paste server). */
export interface NetworkRoles {
  readonly mixes: ReadonlySet<string>;
  readonly gateways: ReadonlySet<string>;
}

/** True for a client's end of a link. */
export function isClient(roles: NetworkRoles, end: string): boolean {
  return !roles.mixes.has(end) && !roles.gateways.has(end);
}

/** Where a packet started: the client, and when it put the packet on its gateway link. */
export interface Origin {
  readonly client: string;
  readonly at: number;
}

/**
 * The origin of each event's packet, by following every node's `cause` back to a client's
 * link: the ground truth the adversary's guesses are scored against (no adversary sees it).
 * In the order given; `undefined` where the chain breaks.
 */
export function origins(trace: readonly TraceEvent[], roles: NetworkRoles): (Origin | undefined)[] {
  const originOf = new Map<string, Origin>();
  return trace.map((event) => {
    const origin = isClient(roles, event.from)
      ? { client: event.from, at: event.at }
      : event.cause === undefined
        ? undefined
        : originOf.get(event.cause);
    if (origin !== undefined) originOf.set(event.handle, origin);
    return origin;
  });
}
