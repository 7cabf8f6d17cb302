import { encodeBase58 } from '@pastenym/crypto';
import { PacketNode, type NodeStatus, type PacketNodeOptions } from './packet-node.js';

/** Options of {@link startMixNode}. */
export interface MixNodeOptions extends PacketNodeOptions {
  readonly layer: 1 | 2 | 3;
}

/** A running mix node. */
export interface MixNode {
  /** The node's address: its Ed25519 identity key, base58. */
  readonly address: string;
  /** Port of its link server. */
  readonly port: number;
  readonly layer: 1 | 2 | 3;
  status(): NodeStatus;
  refreshTopology(): Promise<void>;
  /** Takes a packet as if it came in on a link (benchmarks, tests). */
  accept(packet: Uint8Array): void;
  /** Stops at once; held packets are dropped (a restart with the same data dir keeps its keys). */
  stop(): Promise<void>;
}

/**
 * Starts a mix node: registers with the directory (and heartbeats), processes packets from its
 * links with its Sphinx key and replay filter, holds each for the delay its sender chose and
 * forwards it to the next hop. Counts, never throws on, bad input: `drop.<reason>` for Sphinx
 * drops, `drop.replay`, `drop.unknown_next_hop`, `drop.unexpected_deliver` (mixes are never
 * the last hop), `packets.forwarded`.
 * @throws {MixnetError} `mixnet.port_in_use`, `mixnet.bad_keys`
 * @example const mix = await startMixNode({ crypto, dataDir, host: '127.0.0.1', port: 0, layer: 1, directoryUrl, directoryKey, heartbeatMs: 1000 });
 */
export async function startMixNode(options: MixNodeOptions): Promise<MixNode> {
  const node = await PacketNode.start(options, {
    kind: 'mix',
    descriptor: (keys, port) => ({
      address: keys.address,
      sphinxKey: encodeBase58(keys.sphinxPublicKey),
      layer: options.layer,
      host: options.host,
      port,
    }),
    onForward(self, result, cause) {
      if (self.sendTo(result.next, result.packet, 'unknown_next_hop', cause)) {
        self.counters.add('packets.forwarded');
      }
    },
    onDeliver(self) {
      self.counters.add('drop.unexpected_deliver');
    },
  });
  return {
    address: node.keys.address,
    port: node.port,
    layer: options.layer,
    status: () => node.status(),
    refreshTopology: () => node.refreshTopology(),
    accept: (packet) => node.accept(packet),
    stop: () => node.stop(),
  };
}
