import { join } from 'node:path';
import type { CryptoProvider } from '@pastenym/crypto';
import type { ReplayFilterOptions } from '@pastenym/sphinx';
import type { GatewayDescriptor, MixDescriptor, Registration } from '../topology/types.js';
import type { CounterSnapshot } from './counters.js';
import type { LinkPoolOptions } from './link-pool.js';
import type { Logger } from './logger.js';
import { KEY_FILE_NAME, loadOrCreateNodeKeys, type NodeKeys } from './node-keys.js';
import type { DeliverResult, ForwardResult } from './packet-pipeline.js';
import type { PacketNode } from './packet-node.js';

/** What every packet-processing node (mix or gateway) is configured with. */
export interface PacketNodeOptions {
  readonly crypto: CryptoProvider;
  /** Holds the node's keys (keys.json, mode 0600): same directory, same address. */
  readonly dataDir: string;
  readonly host: string;
  /** Port of the link server (0: a port the OS picks). */
  readonly port: number;
  readonly directoryUrl: string;
  /** The directory key to trust (base58). */
  readonly directoryKey: string;
  readonly heartbeatMs: number;
  /** Worker threads for Sphinx processing; 0 (default) processes in the event loop thread. */
  readonly workers?: number;
  readonly replayFilter?: ReplayFilterOptions;
  readonly links?: Omit<LinkPoolOptions, 'counters'>;
  readonly logger?: Logger;
  readonly fetch?: typeof fetch;
}

/** A node's health as the launcher sees it. */
export interface NodeStatus {
  readonly counters: CounterSnapshot;
  /** Epoch of the topology the node routes with (-1: none yet). */
  readonly topologyEpoch: number;
  readonly topologyNodes: number;
}

/** The keys of the node whose data dir `options` names (created on first use). */
export function loadNodeKeys(options: PacketNodeOptions): Promise<NodeKeys> {
  return loadOrCreateNodeKeys(options.crypto, join(options.dataDir, KEY_FILE_NAME));
}

/** What makes a node a mix or a gateway. */
export interface PacketNodeRole {
  readonly kind: Registration['kind'];
  descriptor(keys: NodeKeys, port: number): MixDescriptor | GatewayDescriptor;
  onForward(node: PacketNode, result: ForwardResult): void;
  onDeliver(node: PacketNode, result: DeliverResult): void;
}
