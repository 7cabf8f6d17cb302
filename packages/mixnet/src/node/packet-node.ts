import { decodeBase58 } from '@pastenym/crypto';
import { ReplayFilter } from '@pastenym/sphinx';
import type { TopologyView } from '../topology/view.js';
import { Counters } from './counters.js';
import { DirectoryClient } from './directory-client.js';
import { LinkPool } from './link-pool.js';
import { packetHandle } from './link-tap.js';
import { startLinkServer, type LinkServer } from './link-server.js';
import type { Endpoint } from './outbound-link.js';
import { silentLogger } from './logger.js';
import type { NodeKeys } from './node-keys.js';
import {
  loadNodeKeys,
  type NodeStatus,
  type PacketNodeOptions,
  type PacketNodeRole,
} from './packet-node-options.js';
import { PacketPipeline } from './packet-pipeline.js';
import { createSyncProcessor, type PacketProcessor } from './packet-processor.js';
import { createWorkerProcessor } from './packet-workers.js';

export { loadNodeKeys, type NodeStatus, type PacketNodeOptions, type PacketNodeRole };

/** How long a node that left the topology stays routable. */
const ROUTE_GRACE_MS = 30_000;

const hexKey = (bytes: Uint8Array): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');

/**
 * The parts mixes and gateways share: keys, inbound link server, outbound links, the packet
 * pipeline (Sphinx, replay filter, delays) and the directory heartbeat.
 */
export class PacketNode {
  readonly links: LinkPool;
  private pipeline!: PacketPipeline;
  private processor!: PacketProcessor;
  private linkServer!: LinkServer;
  private directory!: DirectoryClient;
  // Next hops by hex address: base58-encoding every packet's next hop costs more than a lookup.
  private routes = new Map<string, Endpoint & { readonly address: string }>();
  private readonly recent = new Map<
    string,
    { node: Endpoint & { readonly address: string }; seenAt: number }
  >();
  private constructor(
    readonly keys: NodeKeys,
    private readonly options: PacketNodeOptions,
    readonly counters: Counters,
  ) {
    this.links = new LinkPool({ ...options.links, counters: this.counters });
  }

  /**
   * Starts a node and waits for its first heartbeat (a failed one is retried later).
   * @throws {MixnetError} `mixnet.port_in_use`, `mixnet.bad_keys`
   */
  static async start(
    options: PacketNodeOptions,
    role: PacketNodeRole,
    shared: { readonly keys?: NodeKeys; readonly counters?: Counters } = {},
  ): Promise<PacketNode> {
    const keys = shared.keys ?? (await loadNodeKeys(options));
    const node = new PacketNode(keys, options, shared.counters ?? new Counters());
    const workers = options.workers ?? 0;
    node.processor =
      workers > 0
        ? await createWorkerProcessor({
            threads: workers,
            sphinxPrivateKey: keys.sphinxPrivateKey,
            counters: node.counters,
          })
        : createSyncProcessor(options.crypto, keys.sphinxPrivateKey);
    node.pipeline = new PacketPipeline({
      processor: node.processor,
      replayFilter: new ReplayFilter(options.replayFilter),
      counters: node.counters,
      onForward: (result, cause) => role.onForward(node, result, cause),
      onDeliver: (result, cause) => role.onDeliver(node, result, cause),
    });
    try {
      node.linkServer = await startLinkServer({
        host: options.host,
        port: options.port,
        counters: node.counters,
        onPacket: (packet) => node.accept(packet),
      });
    } catch (error) {
      await node.processor.close();
      throw error;
    }
    node.directory = new DirectoryClient({
      ...options,
      identitySeed: keys.identitySeed,
      kind: role.kind,
      descriptor: role.descriptor(keys, node.linkServer.port),
      counters: node.counters,
      logger: options.logger ?? silentLogger,
      onTopology: (view) => node.onTopology(view),
    });
    await node.directory.start();
    return node;
  }

  get port(): number {
    return this.linkServer.port;
  }

  get view(): TopologyView | undefined {
    return this.directory.view;
  }

  /** Takes a packet as if it came in on a link. */
  accept(packet: Uint8Array): void {
    this.pipeline.accept(packet, this.options.tap ? packetHandle(packet) : undefined);
  }

  /**
   * Sends a packet to the node `address` over a link. A node missing from the topology drops
   * the packet as `drop.<unknownReason>` and asks the directory for a fresher topology.
   * `cause` is the tap handle of the packet this one came from (`LinkTapEvent.cause`).
   */
  sendTo(address: Uint8Array, packet: Uint8Array, unknownReason: string, cause?: string): boolean {
    const target = this.routes.get(hexKey(address));
    if (!target) {
      this.counters.add(`drop.${unknownReason}`);
      this.directory.refreshSoon();
      return false;
    }
    const sent = this.links.send(target.address, target, packet);
    if (sent) this.tapped(target.address, packet, cause);
    return sent;
  }

  /** Tells the tap, if any, that `packet` left this node for `to`. */
  tapped(to: string, packet: Uint8Array, cause: string | undefined): void {
    this.options.tap?.record({
      from: this.keys.address,
      to,
      bytes: packet.length,
      handle: packetHandle(packet),
      ...(cause === undefined ? {} : { cause }),
    });
  }

  /** Fetches the topology now (the launcher calls it once every node registered). */
  refreshTopology(): Promise<void> {
    return this.directory.refresh();
  }

  status(): NodeStatus {
    const view = this.directory.view;
    return {
      counters: this.counters.snapshot(),
      topologyEpoch: view?.topology.epoch ?? -1,
      topologyNodes: view ? view.topology.mixes.length + view.topology.gateways.length : 0,
    };
  }

  /** Stops at once: held packets and queued frames are dropped, nothing is deregistered. */
  async stop(): Promise<void> {
    this.directory.stop();
    this.pipeline.close();
    this.links.close();
    await this.linkServer.close();
    await this.processor.close();
  }

  private onTopology(view: TopologyView): void {
    this.counters.add('topology.updates');
    // A node that misses a few heartbeats under load leaves the published topology for a
    // moment; keep routing to it for a grace period rather than drop what is already on its way.
    const now = Date.now();
    for (const node of [...view.topology.mixes, ...view.topology.gateways]) {
      this.recent.set(hexKey(decodeBase58(node.address)), { node, seenAt: now });
    }
    for (const [key, entry] of this.recent)
      if (now - entry.seenAt > ROUTE_GRACE_MS) this.recent.delete(key);
    this.routes = new Map([...this.recent].map(([key, entry]) => [key, entry.node]));
    this.links.retain(new Set([...this.recent.values()].map((entry) => entry.node.address)));
  }
}
