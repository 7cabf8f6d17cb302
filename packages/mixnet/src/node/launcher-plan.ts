import { MIX_LAYERS } from '../profile.js';

/** One node of a local mixnet as the launcher plans it. */
export interface PlannedNode {
  /** `mix-<layer><letter>` or `gateway-<letter>`: also its data folder's name. */
  readonly name: string;
  readonly kind: 'mix' | 'gateway';
  readonly layer?: 1 | 2 | 3;
  /** Link port (0: the OS picks). */
  readonly port: number;
  /** Gateways' client websocket port (0: the OS picks). */
  readonly clientPort?: number;
}

/** Every port the launcher will bind, and what on. */
export interface MixnetPlan {
  readonly directoryPort: number;
  readonly nodes: readonly PlannedNode[];
  /** The fixed ports in use, from `basePort` up (empty when the OS picks). */
  readonly ports: readonly number[];
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Plans a mixnet: the directory on `basePort`, then `mixesPerLayer` mixes per layer, then
 * `gateways` gateways (link port, then client port), on consecutive ports. `basePort` 0 lets
 * the OS pick every port (tests).
 * @example planMixnet(9000).nodes[0] // { name: 'mix-1a', kind: 'mix', layer: 1, port: 9001 }
 */
export function planMixnet(basePort: number, mixesPerLayer = 2, gateways = 2): MixnetPlan {
  let next = basePort;
  const take = () => (basePort === 0 ? 0 : next++);
  const directoryPort = take();
  const nodes: PlannedNode[] = [];
  for (let layer = 1; layer <= MIX_LAYERS; layer++) {
    for (let i = 0; i < mixesPerLayer; i++) {
      const name = `mix-${layer}${LETTERS[i]!}`;
      nodes.push({ name, kind: 'mix', layer: layer as 1 | 2 | 3, port: take() });
    }
  }
  for (let i = 0; i < gateways; i++) {
    nodes.push({
      name: `gateway-${LETTERS[i]!}`,
      kind: 'gateway',
      port: take(),
      clientPort: take(),
    });
  }
  const count = next - basePort;
  return {
    directoryPort,
    nodes,
    ports: Array.from({ length: count }, (_, i) => basePort + i),
  };
}

/** The kind and layer a node name stands for; `undefined` for a name the launcher never uses. */
export function parseNodeName(
  name: string,
): { readonly kind: 'mix'; readonly layer: 1 | 2 | 3 } | { readonly kind: 'gateway' } | undefined {
  const mix = /^mix-([1-3])[a-z]$/.exec(name);
  if (mix) return { kind: 'mix', layer: Number(mix[1]) as 1 | 2 | 3 };
  return /^gateway-[a-z]$/.test(name) ? { kind: 'gateway' } : undefined;
}
