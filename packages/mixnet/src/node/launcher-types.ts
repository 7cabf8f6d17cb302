import type { CryptoProvider } from '@pastenym/crypto';
import { PROFILES, type MixnetProfile } from '../profile.js';
import type { Topology } from '../topology/types.js';
import type { CounterSnapshot } from './counters.js';
import type { Logger } from './logger.js';
import { nodeError } from './node-errors.js';
import type { NodeHandle } from './node-handle.js';
import type { CommonNodeOptions } from './node-runner.js';
import type { NodeStatus } from './packet-node.js';

/** Options of {@link startMixnet}; every one has a default. */
export interface MixnetOptions {
  /** `fast` (default: no delays, no cover), `nym`, or a profile of your own. */
  readonly profile?: string | MixnetProfile;
  /** Default `./data/mixnet`: keys of every node, the directory's key, mixnet.json. */
  readonly dataDir?: string;
  readonly host?: string;
  /** Directory on this port, nodes on the next ten (default 9000); 0: the OS picks each. */
  readonly basePort?: number;
  /** All nodes in this process (tests) instead of one child process per node. */
  readonly singleProcess?: boolean;
  /** Node heartbeat period (default 1000 ms); a node missing 3 leaves the topology. */
  readonly heartbeatMs?: number;
  /** Sphinx worker threads per node (default 0: in the event loop). */
  readonly workers?: number;
  readonly crypto?: CryptoProvider;
  /** A logger per component (default: silent). Child processes log to stderr unless `quiet`. */
  readonly logger?: (component: string) => Logger;
  readonly quiet?: boolean;
  /** Default 30 s. */
  readonly startTimeoutMs?: number;
  /** The CLI that child processes run (default: this package's bin/mixnet.mjs). */
  readonly cliPath?: string;
  /**
   * Identity keys the directory admits besides the launcher's own nodes, one per line, re-read
   * when changed (default `<dataDir>/directory/admitted-nodes.txt`; a missing file admits none).
   */
  readonly admittedNodesFile?: string;
  /** Single-process only: tuning passed to every node. */
  readonly nodeOptions?: Pick<
    CommonNodeOptions,
    'replayFilter' | 'mailbox' | 'authTimeoutMs' | 'links'
  >;
}

/** A running local mixnet. */
export interface Mixnet {
  readonly profile: MixnetProfile;
  readonly directoryUrl: string;
  readonly directoryKey: string;
  readonly dataDir: string;
  /** `<dataDir>/mixnet.json`, for clients. */
  readonly stateFile: string;
  /** The operator's admission file (absolute). */
  readonly admittedNodesFile: string;
  readonly nodes: readonly NodeHandle[];
  readonly gateways: readonly NodeHandle[];
  /** @throws {MixnetError} `mixnet.bad_config` for an unknown name. */
  node(name: string): NodeHandle;
  /** The topology the directory publishes now. */
  topology(): Topology;
  /** The directory's counts: registrations accepted and refused by code (`not_admitted`, …). */
  directoryCounters(): CounterSnapshot;
  statuses(): Promise<Record<string, NodeStatus>>;
  /**
   * Waits until the directory lists exactly the running nodes and each of them routes with
   * the directory's current topology.
   * @throws {MixnetError} `mixnet.node_failed` on timeout.
   */
  waitForTopology(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** The profile named by the options.
 * @throws {MixnetError} `mixnet.bad_config` for an unknown name. */
export function resolveProfile(profile: MixnetOptions['profile']): MixnetProfile {
  if (typeof profile === 'object') return profile;
  const found = PROFILES[profile ?? 'fast'];
  if (!found) throw nodeError('mixnet.bad_config', `unknown profile ${profile}: use fast or nym`);
  return found;
}
