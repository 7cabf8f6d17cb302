// The pure arithmetic of `npm run bench:e2e`: the packet floor of an operation, packets counted
// at the gateways, and a case's figures against the floor and the ceiling.
import { FRAGMENT_DATA_LENGTH } from '@pastenym/mixnet';
import type { CounterSnapshot } from '@pastenym/mixnet/node';
import { percentile } from '../src/chaos/latency.js';

/**
 * The fewest packets a request and its reply can take: each fragment of the request, each of
 * the reply, and an ack for every one of them. Reply blocks, pings and retransmissions are
 * what an implementation adds above it.
 * @example packetFloor(1024, 0) // 4: one fragment each way, two acks
 */
export function packetFloor(
  requestBytes: number,
  replyBytes: number,
  fragmentBytes = FRAGMENT_DATA_LENGTH,
): number {
  const fragments = (bytes: number) => Math.max(1, Math.ceil(bytes / fragmentBytes));
  return 2 * (fragments(requestBytes) + fragments(replyBytes));
}

/**
 * Packets that entered the mixnet through the gateways: those clients sent (requests, replies,
 * the acks of replies, which their owner fires) and the acks gateways fired for forward packets.
 */
export function gatewayPackets(counters: CounterSnapshot): number {
  return (counters['clients.sent'] ?? 0) + (counters['acks.fired'] ?? 0);
}

/** What one case measured: every operation's latency, the wall time, the packets counted. */
export interface CaseSample {
  /** `Infinity` for an operation that failed: the worst a user can see, not one to drop. */
  readonly latenciesMs: readonly number[];
  readonly seconds: number;
  readonly packets: number;
}

export interface CaseFigures {
  /** Operations that succeeded; only they count in operations/s and packets per operation. */
  readonly operations: number;
  readonly failed: number;
  readonly opsPerSecond: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly packetsPerOp: number;
  readonly floor: number;
  readonly packetsOverFloor: number;
  /** The mixnet's packets/s (measured in the same run) ÷ the floor. */
  readonly ceilingOpsPerSecond: number;
  readonly opsOverCeiling: number;
}

/**
 * A case's figures: operations/s and latency percentiles (nearest rank, failures the slowest),
 * packets per operation
 * against `floor`, and operations/s against the ceiling the mixnet's `packetsPerSecond` allows.
 * @example caseFigures({ latenciesMs: [100], seconds: 1, packets: 8 }, 4, 400).opsOverCeiling // 0.01
 */
export function caseFigures(
  sample: CaseSample,
  floor: number,
  packetsPerSecond: number,
): CaseFigures {
  const operations = sample.latenciesMs.filter(Number.isFinite).length;
  const opsPerSecond = sample.seconds > 0 ? operations / sample.seconds : 0;
  const packetsPerOp = operations > 0 ? sample.packets / operations : 0;
  const ceilingOpsPerSecond = packetsPerSecond / floor;
  return {
    operations,
    failed: sample.latenciesMs.length - operations,
    opsPerSecond,
    p50Ms: percentile(sample.latenciesMs, 50),
    p95Ms: percentile(sample.latenciesMs, 95),
    p99Ms: percentile(sample.latenciesMs, 99),
    packetsPerOp,
    floor,
    packetsOverFloor: packetsPerOp / floor,
    ceilingOpsPerSecond,
    opsOverCeiling: ceilingOpsPerSecond > 0 ? opsPerSecond / ceilingOpsPerSecond : 0,
  };
}
