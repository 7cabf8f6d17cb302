import type { PlannedNode } from './launcher-plan.js';
import type { NodeStatus } from './packet-node.js';

/**
 * A node of a launched mixnet, in this process or a child process: where it is, how it is
 * doing, and chaos controls for tests.
 */
export interface NodeHandle {
  readonly name: string;
  readonly kind: 'mix' | 'gateway';
  readonly layer?: 1 | 2 | 3;
  /** Its address (identity key, base58); the same after a restart. */
  readonly address: string;
  readonly port: number;
  readonly clientPort?: number;
  /** Gateways: `ws://host:clientPort`, where clients connect. */
  readonly clientUrl?: string;
  readonly running: boolean;
  /** Counters and topology epoch; the last known ones while the node is down. */
  status(): Promise<NodeStatus>;
  refreshTopology(): Promise<void>;
  /** Stops abruptly (a crash: SIGKILL for a child process). */
  kill(): Promise<void>;
  /** Starts again with the same keys and ports (killing it first if it runs). */
  restart(): Promise<void>;
  /** Stops cleanly. */
  stop(): Promise<void>;
}

export const EMPTY_STATUS: NodeStatus = { counters: {}, topologyEpoch: -1, topologyNodes: 0 };

/** What both kinds of handle share: the planned node and the ports it got. */
export abstract class PlannedNodeHandle {
  protected lastStatus: NodeStatus = EMPTY_STATUS;
  protected ports: { port: number; clientPort?: number };
  address = '';

  constructor(
    protected readonly planned: PlannedNode,
    private readonly host: string,
  ) {
    this.ports = { port: planned.port, clientPort: planned.clientPort };
  }

  get name(): string {
    return this.planned.name;
  }
  get kind(): 'mix' | 'gateway' {
    return this.planned.kind;
  }
  get layer(): 1 | 2 | 3 | undefined {
    return this.planned.layer;
  }
  get port(): number {
    return this.ports.port;
  }
  get clientPort(): number | undefined {
    return this.ports.clientPort;
  }
  get clientUrl(): string | undefined {
    const { clientPort } = this.ports;
    return clientPort === undefined ? undefined : `ws://${this.host}:${clientPort}`;
  }
}
