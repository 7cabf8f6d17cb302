import { spawn, type ChildProcess } from 'node:child_process';
import type { PlannedNode } from './launcher-plan.js';
import type { Logger } from './logger.js';
import { nodeError } from './node-errors.js';
import { PlannedNodeHandle, type NodeHandle } from './node-handle.js';
import type { ChildMessage, ParentMessage } from './node-ipc.js';
import type { NodeStatus } from './packet-node.js';

/** How to start a node process: the CLI and the flags every node shares. */
export interface ChildNodeOptions {
  readonly cliPath: string;
  readonly host: string;
  /** Shared flags (`--data-dir`, `--directory-url`, …), passed as they are. */
  readonly args: readonly string[];
  readonly startTimeoutMs: number;
  /** Told when a node process exits unasked. */
  readonly logger?: Logger;
}

const REQUEST_TIMEOUT_MS = 5000;
const STOP_TIMEOUT_MS = 5000;

/** A node in its own process: `node bin/mixnet.mjs --node <name> …`, driven over IPC. */
export class ChildNodeHandle extends PlannedNodeHandle implements NodeHandle {
  private child: ChildProcess | undefined;
  private nextId = 0;
  private readonly pending = new Map<number, (message: ChildMessage) => void>();

  constructor(
    planned: PlannedNode,
    private readonly options: ChildNodeOptions,
  ) {
    super(planned, options.host);
  }

  get running(): boolean {
    return this.child !== undefined;
  }

  /**
   * Spawns the node process and waits until it reports ready.
   * @throws {MixnetError} `mixnet.node_failed` when it exits, fails or is not ready in time.
   */
  async start(): Promise<void> {
    const args = [this.options.cliPath, '--node', this.name, '--port', String(this.ports.port)];
    if (this.ports.clientPort !== undefined)
      args.push('--client-port', String(this.ports.clientPort));
    const child = spawn(process.execPath, [...args, ...this.options.args], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.child = child;
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'reply') this.pending.get(message.id)?.(message);
    });
    child.once('exit', (code, signal) => {
      if (this.child !== child) return;
      this.child = undefined;
      this.options.logger?.warn('node process exited', { node: this.name, code, signal });
    });
    const ready = await new Promise<ChildMessage>((resolve) => {
      const timer = setTimeout(
        () => resolve({ type: 'failed', message: 'not ready in time' }),
        this.options.startTimeoutMs,
      );
      const settle = (message: ChildMessage) => {
        clearTimeout(timer);
        resolve(message);
      };
      child.on('message', (message: ChildMessage) => {
        if (message.type !== 'reply') settle(message);
      });
      child.once('exit', (code) => settle({ type: 'failed', message: `exited with ${code}` }));
    });
    if (ready.type !== 'ready') {
      child.kill('SIGKILL');
      throw nodeError(
        'mixnet.node_failed',
        `node ${this.name} did not start: ${ready.type === 'failed' ? ready.message : ''}`,
      );
    }
    this.address = ready.address;
    this.ports = { port: ready.port, clientPort: ready.clientPort };
  }

  async status(): Promise<NodeStatus> {
    const reply = await this.request('status');
    if (reply?.type === 'reply' && reply.status) this.lastStatus = reply.status;
    return this.lastStatus;
  }

  async refreshTopology(): Promise<void> {
    await this.request('refresh');
  }

  kill(): Promise<void> {
    return this.end('SIGKILL');
  }

  stop(): Promise<void> {
    return this.end('SIGTERM');
  }

  async restart(): Promise<void> {
    await this.kill();
    await this.start();
  }

  private request(type: ParentMessage['type']): Promise<ChildMessage | undefined> {
    const child = this.child;
    if (!child?.connected) return Promise.resolve(undefined);
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => finish(undefined), REQUEST_TIMEOUT_MS);
      // A child already on its way out (a Ctrl-C reaches the whole process group) never
      // answers: stop waiting as soon as its channel closes.
      const gone = () => finish(undefined);
      const finish = (message: ChildMessage | undefined) => {
        clearTimeout(timer);
        child.off('disconnect', gone);
        this.pending.delete(id);
        resolve(message);
      };
      child.once('disconnect', gone);
      this.pending.set(id, finish);
      const message: ParentMessage = { type, id };
      child.send(message, (error) => {
        if (error) finish(undefined);
      });
    });
  }

  private async end(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child) return;
    if (signal !== 'SIGKILL') await this.status();
    this.child = undefined; // an exit we asked for, not a crash
    const exited = new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve();
      else child.once('exit', () => resolve());
    });
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  }
}
