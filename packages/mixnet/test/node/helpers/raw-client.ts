// A bare-bones mixnet client for tests: the gateway protocol and @pastenym/sphinx, nothing else.
import WebSocket from 'ws';
import { concatBytes, decodeBase58, encodeBase58, type CryptoProvider } from '@pastenym/crypto';
import { createAckSurb, createPacket, type RouteHop } from '@pastenym/sphinx';
import {
  authMessage,
  decodeGatewayFrame,
  encodeGatewayFrame,
  type GatewayFrame,
} from '../../../src/wire/gateway-protocol.js';
import type { TopologyNode, TopologyView } from '../../../src/topology/view.js';
import { waitFor } from '@pastenym/runtime/testing';

export type Deliver = Extract<GatewayFrame, { type: 'deliver' }>;

/** A client connection to a gateway; records every frame it receives. */
export class RawClient {
  readonly frames: GatewayFrame[] = [];
  closeCode: number | undefined;

  private constructor(
    readonly ws: WebSocket,
    readonly identity: Uint8Array,
  ) {
    ws.on('message', (data: Buffer) => {
      this.frames.push(
        decodeGatewayFrame(new Uint8Array(data)) ?? { type: 'authFail', reason: '(undecodable)' },
      );
    });
    ws.on('close', (code) => (this.closeCode = code));
  }

  /**
   * Connects and answers the challenge with a signature by `signingSeed` for `claimed`
   * (by default the seed's own identity): a mismatch is a client that cannot sign.
   */
  static async connect(
    crypto: CryptoProvider,
    url: string,
    signingSeed: Uint8Array,
    claimed = crypto.ed25519.publicKey(signingSeed),
  ): Promise<RawClient> {
    const ws = new WebSocket(url);
    const client = new RawClient(ws, claimed);
    await waitFor(() => client.frames.length > 0 || client.closeCode !== undefined, 'a challenge');
    const challenge = client.frames[0];
    if (challenge?.type !== 'challenge') throw new Error('expected a challenge');
    const signature = crypto.ed25519.sign(
      signingSeed,
      authMessage(challenge.nonce, challenge.gateway),
    );
    ws.send(encodeGatewayFrame({ type: 'auth', identity: claimed, signature }));
    await waitFor(
      () => client.frames.length > 1 || client.closeCode !== undefined,
      'an auth answer',
    );
    return client;
  }

  get address(): string {
    return encodeBase58(this.identity);
  }

  get authenticated(): boolean {
    return this.frames[1]?.type === 'authOk';
  }

  get deliveries(): Deliver[] {
    return this.frames.filter((frame): frame is Deliver => frame.type === 'deliver');
  }

  send(firstHop: Uint8Array, packet: Uint8Array): void {
    this.ws.send(encodeGatewayFrame({ type: 'send', firstHop, packet }));
  }

  async close(): Promise<void> {
    if (this.closeCode !== undefined) return;
    this.ws.close();
    await waitFor(() => this.closeCode !== undefined, 'the websocket to close');
  }
}

/** One mix per layer, by index, then `gateway`. */
export function route(
  view: TopologyView,
  picks: readonly number[],
  gateway: TopologyNode,
): TopologyNode[] {
  let layer = 0;
  return view.randomRoute(() => picks[layer++] ?? 0, gateway);
}

export interface ForwardPacket {
  readonly firstHop: Uint8Array;
  readonly packet: Uint8Array;
  readonly ackId: Uint8Array;
}

/**
 * A forward packet as a client builds it: `ack block | content` along `forward`, the ack block
 * routed back along `ackRoute` to `sender` with a fresh ack id. No delays.
 */
export async function forwardPacket(
  crypto: CryptoProvider,
  forward: readonly RouteHop[],
  recipient: Uint8Array,
  ackRoute: readonly RouteHop[],
  sender: Uint8Array,
  content: Uint8Array,
): Promise<ForwardPacket> {
  const ctx = { crypto, rng: (length: number) => crypto.randomBytes(length) };
  const ackId = crypto.randomBytes(16);
  const zeros = (hops: readonly RouteHop[]) => hops.map(() => 0);
  const ackBlock = await createAckSurb(ctx, ackRoute, zeros(ackRoute), {
    address: sender,
    surbId: ackId,
  });
  const message = concatBytes(ackBlock, content);
  const packet = await createPacket(ctx, forward, zeros(forward), { address: recipient }, message);
  return { firstHop: forward[0]!.address, packet, ackId };
}

export const addressBytes = (address: string): Uint8Array => decodeBase58(address);

/**
 * Connects a fresh client to each gateway (by client URL), sends `content` from the first to
 * the second along `forward`, its ack back along `ackRoute`, and waits for the delivery and the
 * ack. The caller closes both clients.
 */
export async function deliverWithAck(
  crypto: CryptoProvider,
  [senderUrl, recipientUrl]: readonly [string, string],
  forward: readonly RouteHop[],
  ackRoute: readonly RouteHop[],
  content: Uint8Array,
): Promise<[sender: RawClient, recipient: RawClient]> {
  const sender = await RawClient.connect(crypto, senderUrl, crypto.randomBytes(32));
  const recipient = await RawClient.connect(crypto, recipientUrl, crypto.randomBytes(32));
  const packet = await forwardPacket(
    crypto,
    forward,
    recipient.identity,
    ackRoute,
    sender.identity,
    content,
  );
  sender.send(packet.firstHop, packet.packet);
  await waitFor(
    () => recipient.deliveries.length === 1 && sender.deliveries.length === 1,
    'delivery and ack',
  );
  return [sender, recipient];
}
