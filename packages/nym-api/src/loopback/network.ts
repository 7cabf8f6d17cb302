import { ed25519, x25519 } from '@noble/curves/ed25519.js';
import { encodeHex } from '@pastenym/crypto';
import { Recipient } from '../address/recipient.js';
import { SENDER_TAG_LENGTH } from '../address/sender-tag.js';
import { LoopbackClient } from './client.js';

/** Options of {@link LoopbackNetwork}. */
export interface LoopbackNetworkOptions {
  /** Randomness for keys and sender tags: `rng(n)` returns n random bytes. */
  rng: (length: number) => Uint8Array;
  /** Runs a delivery later; default: a microtask, so a send returns before delivery. */
  schedule?: (task: () => void) => void;
}

/** Where a reply under a sender tag goes; known only to the network, never to the replier. */
interface ReplyRoute {
  sender: LoopbackClient;
}

/**
 * An in-memory mixnet: several clients (each an {@link ApiBackend}) in one process deliver to
 * each other by address. `sendAnonymous` carries a sender tag, stable per (sender, recipient)
 * pair, and replies by tag reach the sender through the network like SURB replies: the
 * replier never learns the sender's address. Once a tag came with at least one SURB, replies
 * always work (the real client fetches more SURBs by itself); a reply under an unknown tag, or
 * a message to an unknown address, is dropped silently, as on the real network, and counted.
 *
 * @example
 * const network = new LoopbackNetwork({ rng: (n) => crypto.getRandomValues(new Uint8Array(n)) });
 * const alice = network.createClient();
 * const bob = network.createClient();
 * bob.onReceived((message, senderTag) => void bob.reply(senderTag!, message, null));
 * alice.sendAnonymous(bob.selfAddress(), new Uint8Array([1]), 5, null);
 */
export class LoopbackNetwork {
  private readonly clients = new Map<string, LoopbackClient>();
  private readonly routes = new Map<LoopbackClient, Map<string, ReplyRoute>>();
  private readonly gateway: Uint8Array;
  private readonly schedule: (task: () => void) => void;
  private counts = { delivered: 0, dropped: 0 };

  constructor(private readonly options: LoopbackNetworkOptions) {
    this.gateway = ed25519.getPublicKey(options.rng(32));
    this.schedule = options.schedule ?? ((task) => queueMicrotask(task));
  }

  /** Creates a client with a fresh address behind this network's gateway. */
  createClient(): LoopbackClient {
    const raw = new Uint8Array(96);
    raw.set(ed25519.getPublicKey(this.options.rng(32)), 0);
    raw.set(x25519.getPublicKey(this.options.rng(32)), 32);
    raw.set(this.gateway, 64);
    const client = new LoopbackClient(this, Recipient.fromBytes(raw));
    this.clients.set(encodeHex(raw), client);
    return client;
  }

  /** Removes a client: messages to it are dropped from now on. */
  removeClient(client: LoopbackClient): void {
    this.clients.delete(encodeHex(client.selfAddress().toBytes()));
    this.routes.delete(client);
  }

  /** Messages delivered and dropped so far. */
  stats(): { delivered: number; dropped: number } {
    return { ...this.counts };
  }

  /** @internal Sends from `from` to an address, optionally with a sender tag and SURBs. */
  route(
    from: LoopbackClient,
    to: Recipient,
    message: Uint8Array,
    anonymous: { tag: Uint8Array; surbs: number } | null,
  ): void {
    const target = this.clients.get(encodeHex(to.toBytes()));
    if (target === undefined) {
      this.counts.dropped++;
      return;
    }
    if (anonymous !== null && anonymous.surbs > 0) {
      const routes = this.routes.get(target) ?? new Map<string, ReplyRoute>();
      this.routes.set(target, routes);
      routes.set(encodeHex(anonymous.tag), { sender: from });
    }
    this.deliverLater(target, message.slice(), anonymous?.tag.slice() ?? null);
  }

  /** @internal Sends a reply from `from` under a sender tag it received. */
  routeReply(from: LoopbackClient, senderTag: Uint8Array, message: Uint8Array): void {
    const route =
      senderTag.length === SENDER_TAG_LENGTH
        ? this.routes.get(from)?.get(encodeHex(senderTag))
        : undefined;
    if (route === undefined || !this.isMember(route.sender)) {
      this.counts.dropped++;
      return;
    }
    // Replies arrive without a tag: they answer something the receiver sent itself.
    this.deliverLater(route.sender, message.slice(), null);
  }

  /** @internal A fresh random sender tag. */
  newSenderTag(): Uint8Array {
    return this.options.rng(SENDER_TAG_LENGTH);
  }

  private isMember(client: LoopbackClient): boolean {
    return this.clients.get(encodeHex(client.selfAddress().toBytes())) === client;
  }

  private deliverLater(
    target: LoopbackClient,
    message: Uint8Array,
    senderTag: Uint8Array | null,
  ): void {
    this.schedule(() => {
      if (!this.isMember(target)) {
        this.counts.dropped++;
        return;
      }
      this.counts.delivered++;
      target.receive(message, senderTag);
    });
  }
}
