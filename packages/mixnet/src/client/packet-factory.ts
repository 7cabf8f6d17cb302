import { concatBytes, type CryptoProvider } from '@pastenym/crypto';
import {
  createAckSurb,
  createPacket,
  createSurb,
  useSurb,
  type AddressedPacket,
  type SurbSecrets,
} from '@pastenym/sphinx';
import { MIX_LAYERS, type MixnetProfile } from '../profile.js';
import { MixnetError } from '../errors.js';
import { encodeBase58 } from '@pastenym/crypto';
import { uniformIndex, type TopologyNode, type TopologyView } from '../topology/view.js';
import type { ClientAddress, ClientKeys } from './keys.js';
import { exponentialDelay } from './poisson-timer.js';
import { seal } from './sealed-content.js';

/** What building packets needs: keys, randomness, the current topology and our gateway. */
export interface PacketFactoryDeps {
  readonly crypto: CryptoProvider;
  readonly rng: (length: number) => Uint8Array;
  readonly keys: ClientKeys;
  readonly profile: () => MixnetProfile;
  readonly topology: () => TopologyView;
  readonly ownGateway: () => TopologyNode;
  /** A gateway by address: from the current topology, or recently seen in one. */
  readonly gateway: (address: string) => TopologyNode | undefined;
}

/** Builds every kind of packet a client sends: messages, replies, acks, reply blocks, cover. */
export class PacketFactory {
  constructor(private readonly deps: PacketFactoryDeps) {}

  private get ctx() {
    return { crypto: this.deps.crypto, rng: this.deps.rng };
  }

  /** Exponential delays with the profile's mean for the mixes; gateways do not delay. */
  private delays(): number[] {
    const mean = this.deps.profile().meanDelayMs;
    const delays: number[] = [];
    for (let i = 0; i < MIX_LAYERS; i++) {
      if (mean <= 0) {
        delays.push(0);
        continue;
      }
      delays.push(exponentialDelay(this.deps.rng, mean));
    }
    delays.push(0);
    return delays;
  }

  private route(gateway: TopologyNode): TopologyNode[] {
    return this.deps.topology().randomRoute((n) => uniformIndex(this.deps.rng, n), gateway);
  }

  private homeRoute(): TopologyNode[] {
    return this.route(this.deps.ownGateway());
  }

  /** An ack block that brings `ackId` back to us through a fresh random route. */
  ackBlock(ackId: Uint8Array): Promise<Uint8Array> {
    const destination = { address: this.deps.keys.identity, surbId: ackId };
    return createAckSurb(this.ctx, this.homeRoute(), this.delays(), destination);
  }

  /**
   * A forward packet carrying one encoded fragment to `recipient`, with an ack block for us.
   * @throws {MixnetError} `mixnet.no_route` when the recipient's gateway is not in the topology.
   */
  async forward(
    recipient: ClientAddress,
    fragment: Uint8Array,
    ackId: Uint8Array,
  ): Promise<AddressedPacket> {
    const gateway = this.deps.gateway(encodeBase58(recipient.gateway));
    if (!gateway)
      throw new MixnetError('mixnet.no_route', "the recipient's gateway is not in the topology");
    const route = this.route(gateway);
    const [ackBlock, content] = await Promise.all([
      this.ackBlock(ackId),
      seal(this.deps.crypto, this.deps.rng, recipient.encryption, fragment),
    ]);
    const packet = await createPacket(
      this.ctx,
      route,
      this.delays(),
      { address: recipient.identity },
      concatBytes(ackBlock, content),
    );
    return { firstHop: route[0]!.address, packet };
  }

  /** A reply packet through someone's reply block, carrying one encoded fragment and our ack block. */
  async reply(surb: Uint8Array, fragment: Uint8Array, ackId: Uint8Array): Promise<AddressedPacket> {
    const ackBlock = await this.ackBlock(ackId);
    return useSurb(this.deps.crypto, surb, concatBytes(ackBlock, fragment));
  }

  /** A reply block back to us, with the secrets to open what comes through it. */
  surb(surbId: Uint8Array): Promise<{ surb: Uint8Array; secrets: SurbSecrets }> {
    return createSurb(this.ctx, this.homeRoute(), this.delays(), {
      address: this.deps.keys.identity,
      surbId,
    });
  }
}
