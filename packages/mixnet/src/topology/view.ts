import { decodeBase58, encodeBase58, type CryptoProvider } from '@pastenym/crypto';
import type { RouteHop } from '@pastenym/sphinx';
import { MIX_LAYERS } from '../profile.js';
import { MixnetError } from '../errors.js';
import { verifyTopology } from './signing.js';
import type { GatewayDescriptor, MixDescriptor, Topology } from './types.js';

/** A node of the topology with its keys decoded, ready for routing. */
export interface TopologyNode extends RouteHop {
  readonly kind: 'mix' | 'gateway';
  readonly descriptor: MixDescriptor | GatewayDescriptor;
}

/** Lookups over one topology document: nodes by address, mixes by layer, gateways. */
export class TopologyView {
  private readonly nodes = new Map<string, TopologyNode>();
  private readonly layers: TopologyNode[][] = [];
  readonly gateways: readonly TopologyNode[];

  constructor(readonly topology: Topology) {
    for (let layer = 1; layer <= MIX_LAYERS; layer++) this.layers.push([]);
    const gateways: TopologyNode[] = [];
    for (const mix of topology.mixes) {
      const node = this.add('mix', mix);
      this.layers[mix.layer - 1]!.push(node);
    }
    for (const gateway of topology.gateways) gateways.push(this.add('gateway', gateway));
    this.gateways = gateways;
  }

  private add(
    kind: TopologyNode['kind'],
    descriptor: MixDescriptor | GatewayDescriptor,
  ): TopologyNode {
    const node = {
      kind,
      descriptor,
      address: decodeBase58(descriptor.address),
      publicKey: decodeBase58(descriptor.sphinxKey),
    };
    this.nodes.set(descriptor.address, node);
    return node;
  }

  /** The node with this 32-byte address, if it is in the topology. */
  node(address: Uint8Array): TopologyNode | undefined {
    return this.nodes.get(encodeBase58(address));
  }

  gateway(address: string): TopologyNode | undefined {
    const node = this.nodes.get(address);
    return node?.kind === 'gateway' ? node : undefined;
  }

  /** True when every mix layer has at least one node. */
  get routable(): boolean {
    return this.layers.every((layer) => layer.length > 0);
  }

  /**
   * A random route: one mix per layer, then `gateway`. `pick(n)` returns a uniform index below n.
   * @throws {MixnetError} `mixnet.no_route` when a layer is empty.
   */
  randomRoute(pick: (n: number) => number, gateway: TopologyNode): TopologyNode[] {
    const route = this.layers.map((layer) => {
      if (layer.length === 0) throw new MixnetError('mixnet.no_route', 'a mix layer has no nodes');
      return layer[pick(layer.length)]!;
    });
    route.push(gateway);
    return route;
  }
}

/**
 * Fetches and verifies the signed topology from a directory.
 * @throws {MixnetError} `mixnet.bad_topology` when unreachable, malformed or badly signed.
 */
export async function fetchTopology(
  crypto: CryptoProvider,
  fetchFn: typeof fetch,
  directoryUrl: string,
  trustedKey?: string,
): Promise<Topology> {
  let document: unknown;
  try {
    const response = await fetchFn(new URL('/v1/topology', directoryUrl));
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    document = await response.json();
  } catch (error) {
    throw new MixnetError('mixnet.bad_topology', 'cannot fetch the topology', { cause: error });
  }
  return verifyTopology(crypto, document, trustedKey);
}

/** A uniform random integer below `n` from an rng of bytes (rejection sampling: no bias). */
export function uniformIndex(rng: (length: number) => Uint8Array, n: number): number {
  if (n <= 1) return 0;
  const limit = Math.floor(0x1_0000_0000 / n) * n;
  for (;;) {
    const b = rng(4);
    const value = ((b[0]! << 24) | (b[1]! << 16) | (b[2]! << 8) | b[3]!) >>> 0;
    if (value < limit) return value % n;
  }
}
