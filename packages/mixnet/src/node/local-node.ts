import type { PlannedNode } from './launcher-plan.js';
import { PlannedNodeHandle, type NodeHandle } from './node-handle.js';
import { runNode, type CommonNodeOptions, type RunningNode } from './node-runner.js';
import type { NodeStatus } from './packet-node.js';

/** A node running in the launcher's own process (`--single-process`, tests). */
export class LocalNodeHandle extends PlannedNodeHandle implements NodeHandle {
  private node: RunningNode | undefined;

  constructor(
    planned: PlannedNode,
    private readonly options: CommonNodeOptions,
  ) {
    super(planned, options.host);
  }

  get running(): boolean {
    return this.node !== undefined;
  }

  /** Starts the node; a restart reuses the ports it had, so its descriptor stays the same. */
  async start(): Promise<void> {
    const node = await runNode({ ...this.planned, ...this.ports }, this.options);
    this.node = node;
    this.address = node.address;
    this.ports = { port: node.port, clientPort: node.clientPort };
  }

  status(): Promise<NodeStatus> {
    if (this.node) this.lastStatus = this.node.status();
    return Promise.resolve(this.lastStatus);
  }

  async refreshTopology(): Promise<void> {
    await this.node?.refreshTopology();
  }

  async kill(): Promise<void> {
    const node = this.node;
    if (!node) return;
    this.lastStatus = node.status();
    this.node = undefined;
    await node.stop();
  }

  stop(): Promise<void> {
    return this.kill();
  }

  async restart(): Promise<void> {
    await this.kill();
    await this.start();
  }
}
