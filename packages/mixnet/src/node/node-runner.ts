import { join } from 'node:path';
import type { CryptoProvider } from '@pastenym/crypto';
import { startGateway, type GatewayOptions } from './gateway.js';
import type { PlannedNode } from './launcher-plan.js';
import { startMixNode } from './mix-node.js';
import { KEY_FILE_NAME, loadOrCreateNodeKeys, type NodeKeys } from './node-keys.js';
import type { NodeStatus, PacketNodeOptions } from './packet-node.js';

/** Settings shared by every node of a mixnet. */
export type CommonNodeOptions = Omit<PacketNodeOptions, 'port' | 'dataDir'> &
  Pick<GatewayOptions, 'mailbox' | 'authTimeoutMs'> & {
    /** The mixnet's data folder; each node keeps its keys in `nodes/<name>/`. */
    readonly dataDir: string;
  };

/** A node running in this process. */
export interface RunningNode {
  readonly address: string;
  readonly port: number;
  readonly clientPort?: number;
  readonly clientUrl?: string;
  status(): NodeStatus;
  refreshTopology(): Promise<void>;
  stop(): Promise<void>;
}

/** The data folder of a planned node. */
export function nodeDataDir(root: string, name: string): string {
  return join(root, 'nodes', name);
}

/**
 * A planned node's keys, created on first use exactly where the node itself loads them: the
 * launcher admits its nodes by them before starting any, `--print-identity` prints them.
 * @throws {MixnetError} `mixnet.bad_keys`
 */
export function loadPlannedNodeKeys(
  crypto: CryptoProvider,
  root: string,
  name: string,
): Promise<NodeKeys> {
  return loadOrCreateNodeKeys(crypto, join(nodeDataDir(root, name), KEY_FILE_NAME));
}

/**
 * Starts a planned node (mix or gateway) in this process.
 * @throws {MixnetError} `mixnet.port_in_use`, `mixnet.bad_keys`
 */
export async function runNode(node: PlannedNode, options: CommonNodeOptions): Promise<RunningNode> {
  const dataDir = nodeDataDir(options.dataDir, node.name);
  if (node.kind === 'mix') {
    return startMixNode({ ...options, dataDir, port: node.port, layer: node.layer ?? 1 });
  }
  return startGateway({ ...options, dataDir, port: node.port, clientPort: node.clientPort ?? 0 });
}
