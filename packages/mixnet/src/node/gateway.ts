import { encodeBase58 } from '@pastenym/crypto';
import { fireAck } from '@pastenym/sphinx';
import { encodeGatewayFrame } from '../wire/gateway-protocol.js';
import { splitForwardBody } from '../wire/forward-body.js';
import { startClientServer } from './client-server.js';
import { Counters } from './counters.js';
import { packetHandle } from './link-tap.js';
import { DEFAULT_MAILBOX_LIMITS, MailboxStore, type MailboxLimits } from './mailbox.js';
import {
  loadNodeKeys,
  PacketNode,
  type NodeStatus,
  type PacketNodeOptions,
} from './packet-node.js';
import type { DeliverResult } from './packet-pipeline.js';

/** Options of {@link startGateway}. */
export interface GatewayOptions extends PacketNodeOptions {
  /** Port of the client websocket server (0: a port the OS picks). */
  readonly clientPort: number;
  readonly mailbox?: MailboxLimits;
  /** A client must authenticate this soon after connecting (default 10 s). */
  readonly authTimeoutMs?: number;
}

/** A running gateway. */
export interface Gateway {
  readonly address: string;
  /** Port of its link server (packets from mixes). */
  readonly port: number;
  readonly clientPort: number;
  /** `ws://host:clientPort` */
  readonly clientUrl: string;
  status(): NodeStatus;
  refreshTopology(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts a gateway: clients' entry point (SEND frames go to their first hop over a link,
 * unprocessed) and the last Sphinx hop of every route. A delivered forward message is
 * `ack block | content`: the gateway fires the ack and delivers the content; replies and acks
 * (deliveries with a surb id) are delivered as they are. Offline clients' messages wait in a
 * bounded mailbox, flushed in order when they authenticate. Counts `drop.unknown_first_hop`,
 * `drop.unknown_ack_hop`, `drop.bad_forward_body`, `drop.mailbox_full`,
 * `drop.client_backpressure`, `drop.unexpected_forward`, `delivered.live`, `delivered.mailbox`,
 * `acks.fired`.
 * @throws {MixnetError} `mixnet.port_in_use`, `mixnet.bad_keys`
 */
export async function startGateway(options: GatewayOptions): Promise<Gateway> {
  const keys = await loadNodeKeys(options);
  const { crypto } = options;
  const counters = new Counters();
  const mailbox = new MailboxStore(options.mailbox ?? DEFAULT_MAILBOX_LIMITS);
  let node: PacketNode | undefined;
  const clients = await startClientServer({
    host: options.host,
    port: options.clientPort,
    crypto,
    rng: (length) => crypto.randomBytes(length),
    gatewayIdentity: keys.identityKey,
    counters,
    authTimeoutMs: options.authTimeoutMs,
    onSend(firstHop, packet, identity) {
      if (!node) return counters.add('drop.not_ready');
      let cause: string | undefined;
      if (options.tap) {
        cause = packetHandle(packet);
        options.tap.record({
          from: identity,
          to: keys.address,
          bytes: packet.length,
          handle: cause,
        });
      }
      node.sendTo(firstHop, packet, 'unknown_first_hop', cause);
    },
    onAuthenticated: (identity) => mailbox.drain(identity),
  });

  function deliver(
    destination: Uint8Array,
    surbId: Uint8Array | null,
    payload: Uint8Array,
    cause: string | undefined,
  ) {
    const identity = encodeBase58(destination);
    const frame = encodeGatewayFrame({ type: 'deliver', surbId, payload });
    const outcome = clients.deliver(identity, frame);
    if (outcome === 'sent') {
      node?.tapped(identity, frame, cause);
      return counters.add('delivered.live');
    }
    if (outcome === 'backpressure') return counters.add('drop.client_backpressure');
    counters.add('delivered.mailbox');
    counters.add('drop.mailbox_full', mailbox.put(identity, frame));
  }

  function onDeliver(self: PacketNode, result: DeliverResult, cause?: string): void {
    if (result.surbId) return deliver(result.destination, result.surbId, result.payload, cause);
    const body = splitForwardBody(result.payload);
    if (!body) return counters.add('drop.bad_forward_body');
    // Ack first: the sender learns the packet reached its last hop, whether or not the
    // recipient is online (offline messages wait in the mailbox).
    const ack = fireAck((length) => crypto.randomBytes(length), body.ackBlock);
    if (self.sendTo(ack.firstHop, ack.packet, 'unknown_ack_hop', cause)) counters.add('acks.fired');
    deliver(result.destination, null, body.content, cause);
  }

  try {
    node = await PacketNode.start(
      options,
      {
        kind: 'gateway',
        descriptor: (nodeKeys, port) => ({
          address: nodeKeys.address,
          sphinxKey: encodeBase58(nodeKeys.sphinxPublicKey),
          host: options.host,
          port,
          clientPort: clients.port,
        }),
        // Gateways are last hops only.
        onForward: () => counters.add('drop.unexpected_forward'),
        onDeliver,
      },
      { keys, counters },
    );
  } catch (error) {
    await clients.close();
    throw error;
  }
  const started = node;
  return {
    address: keys.address,
    port: started.port,
    clientPort: clients.port,
    clientUrl: `ws://${options.host}:${clients.port}`,
    status: () => started.status(),
    refreshTopology: () => started.refreshTopology(),
    async stop() {
      await clients.close();
      await started.stop();
    },
  };
}
