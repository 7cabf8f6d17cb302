import { decodeHex, encodeBase58, encodeHex, type CryptoProvider } from '@pastenym/crypto';
import { fireAck, openReply, type AddressedPacket } from '@pastenym/sphinx';
import { MixnetError } from '../errors.js';
import type { MixnetProfile } from '../profile.js';
import { fetchTopology, TopologyView, uniformIndex, type TopologyNode } from '../topology/view.js';
import type { GatewayDescriptor } from '../topology/types.js';
import { splitForwardBody } from '../wire/forward-body.js';
import { systemClock, type Clock } from '@pastenym/runtime';
import {
  decodeEnvelope,
  encodeEnvelope,
  MAX_SURBS_PER_MESSAGE,
  type Envelope,
} from './envelope.js';
import { decodeFragment, encodeFragment, splitMessage } from './fragments.js';
import { GatewaySession, type WebSocketFactory } from './gateway-session.js';
import { formatAddress, parseAddress, type ClientAddress, type ClientKeys } from './keys.js';
import { PacketFactory } from './packet-factory.js';
import { Reassembler } from './reassembler.js';
import { open } from './sealed-content.js';
import { MESSAGE_DEADLINE_MS } from './lifetimes.js';
import { MessageTracker, type MessageProgress } from './message-tracker.js';
import { ReplyKeyStore } from './reply-keys.js';
import { ReplyLedger } from './reply-ledger.js';
import { SenderTags } from './sender-tags.js';
import { Transmitter, type Outgoing } from './transmitter.js';

export interface MixnetClientOptions {
  readonly crypto: CryptoProvider;
  readonly keys: ClientKeys;
  /** Where the directory serves the signed topology, and the key it must be signed with. */
  readonly directoryUrl: string;
  readonly directoryKey?: string;
  /** Our gateway's identity (base58); default: a random gateway of the topology. */
  readonly gateway?: string;
  /** Opens a websocket: `(url) => new WebSocket(url)` in browsers, the `ws` package in Node. */
  readonly connect: WebSocketFactory;
  readonly fetch?: typeof fetch;
  readonly clock?: Clock;
  readonly rng?: (length: number) => Uint8Array;
  readonly topologyRefreshMs?: number;
  /** Packets awaiting their ack at once (default 2,000). */
  readonly maxInFlight?: number;
  /** Sends of one packet before its message fails (default 30). */
  readonly maxAttempts?: number;
  /** Packets waiting to be sent at once, over every recipient (default 40,000). */
  readonly maxBacklog?: number;
  readonly onStateChange?: (state: 'connecting' | 'connected' | 'disconnected') => void;
}

/** Why something was dropped: a packet that arrived, or a message refused before sending. */
export type DropReason = 'undecryptable' | 'malformed' | 'backlog_full';

/** What a client counts: never contents, ids or addresses. */
export interface MixnetClientStats {
  /** Packets sent for the first time, and sent again after their ack timed out. */
  readonly sent: number;
  readonly retransmitted: number;
  readonly cover: number;
  readonly acked: number;
  /** Messages that failed (not delivered, closed, no reply blocks, recipient given up). */
  readonly failed: number;
  /** Recipients given up: they acknowledged nothing for too long. */
  readonly givenUp: number;
  /** Packets not sent yet (queued, or waiting for reply blocks). */
  readonly backlog: number;
  /** Packets sent and awaiting their ack. */
  readonly inFlight: number;
  /** `backlog + inFlight`. */
  readonly pending: number;
  /** Messages received, acks received, and what arrived but was dropped. */
  readonly messages: number;
  readonly acks: number;
  readonly dropped: number;
  readonly droppedBy: Readonly<Record<DropReason, number>>;
}

/** Options of one send. */
export interface SendOptions {
  /** Told as the message's fragments are acknowledged (the last call is the whole message). */
  readonly onProgress?: (progress: MessageProgress) => void;
}

/** A message being reassembled: fragments received of its total. */
export interface IncomingProgress {
  readonly received: number;
  readonly total: number;
}

/** A message that came out of the mixnet. */
export interface ReceivedMessage {
  readonly data: Uint8Array;
  /** Set for anonymous messages: reply with it. `null` for plain messages and replies. */
  readonly senderTag: Uint8Array | null;
}

/**
 * The client core: keys and address, fragmentation, Sphinx packets on random routes, a Poisson
 * sending stream with cover traffic, acks and retransmission, reassembly, anonymous messages
 * with reply blocks, replies, and automatic top-ups of reply blocks. Isomorphic: it needs only
 * a crypto provider, `fetch`, a websocket factory and a clock.
 * @example
 * const client = await MixnetClient.start({ crypto, keys, directoryUrl, connect: (u) => new WebSocket(u) });
 * client.onMessage(({ data, senderTag }) => senderTag && void client.reply(senderTag, data));
 */
export class MixnetClient {
  private view!: TopologyView;
  private gatewayNode!: TopologyNode;
  private readonly listeners = new Set<(message: ReceivedMessage) => void>();
  private readonly receivingListeners = new Set<(progress: IncomingProgress) => void>();
  private readonly reassembler: Reassembler;
  private readonly replyKeys = new ReplyKeyStore();
  private readonly ledger = new ReplyLedger();
  private readonly senderTags: SenderTags;
  private readonly factory: PacketFactory;
  private readonly transmitter: Transmitter;
  private readonly session: GatewaySession;
  private readonly clock: Clock;
  private readonly rng: (length: number) => Uint8Array;
  private refreshTimer: unknown;
  /**
   * Gateways seen in earlier topologies: one that misses a few heartbeats under load drops out
   * of the directory's list for a moment, and its clients must stay reachable meanwhile.
   */
  private readonly knownGateways = new Map<string, TopologyNode>();
  private closed = false;
  /** Counters of what arrived (no contents, no addresses). */
  private readonly received = { messages: 0, acks: 0, dropped: 0 };
  private readonly droppedBy: Record<DropReason, number> = {
    undecryptable: 0,
    malformed: 0,
    backlog_full: 0,
  };

  private constructor(
    private readonly options: MixnetClientOptions,
    topology: TopologyView,
  ) {
    this.clock = options.clock ?? systemClock;
    this.rng = options.rng ?? ((n) => options.crypto.randomBytes(n));
    this.setTopology(topology);
    this.reassembler = new Reassembler(
      () => this.clock.now(),
      {},
      (progress) => {
        for (const listener of this.receivingListeners) listener(progress);
      },
    );
    this.senderTags = new SenderTags(options.crypto);
    this.factory = new PacketFactory({
      crypto: options.crypto,
      rng: this.rng,
      keys: options.keys,
      profile: () => this.profile,
      topology: () => this.view,
      ownGateway: () => this.gatewayNode,
      gateway: (address) => this.view.gateway(address) ?? this.knownGateways.get(address),
    });
    this.session = new GatewaySession({
      crypto: options.crypto,
      keys: options.keys,
      connect: options.connect,
      clock: this.clock,
      random: () => uniformIndex(this.rng, 2 ** 32) / 2 ** 32,
      url: () => {
        const d = this.gatewayNode.descriptor as GatewayDescriptor;
        return `ws://${d.host}:${d.clientPort}`;
      },
      gatewayIdentity: () => this.gatewayNode.address,
      onDeliver: (frame) => void this.onDeliver(frame.surbId, frame.payload),
      ...(options.onStateChange ? { onStateChange: options.onStateChange } : {}),
    });
    this.transmitter = new Transmitter({
      factory: this.factory,
      send: (packet: AddressedPacket) => this.session.send(packet.firstHop, packet.packet),
      clock: this.clock,
      rng: this.rng,
      profile: () => this.profile,
      ledger: this.ledger,
      self: () => this.ownAddress,
      surbRequest: (count) => this.fragments({ kind: 'surbRequest', count })[0]!,
      maxInFlight: options.maxInFlight ?? 2000,
      maxAttempts: options.maxAttempts ?? 30,
      ...(options.maxBacklog === undefined ? {} : { maxBacklog: options.maxBacklog }),
    });
  }

  /**
   * Fetches the topology, connects to the gateway and authenticates.
   * @throws {MixnetError} `mixnet.bad_topology`, `mixnet.no_route` (no such gateway),
   *   `mixnet.auth_failed`
   */
  static async start(options: MixnetClientOptions): Promise<MixnetClient> {
    const fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis);
    const topology = await fetchTopology(
      options.crypto,
      fetchFn,
      options.directoryUrl,
      options.directoryKey,
    );
    const client = new MixnetClient(options, new TopologyView(topology));
    try {
      await client.session.start();
    } catch (error) {
      client.close();
      throw error;
    }
    client.scheduleRefresh(fetchFn);
    return client;
  }

  /** Our address, `identity.encryption@gateway`. */
  get address(): string {
    return formatAddress(this.ownAddress);
  }

  get profile(): MixnetProfile {
    return this.view.topology.profile;
  }

  /** Counters (no contents, no addresses). */
  get stats(): MixnetClientStats {
    const t = this.transmitter;
    return {
      ...t.stats,
      backlog: t.backlog,
      inFlight: t.inFlightCount,
      pending: t.pending,
      ...this.received,
      droppedBy: { ...this.droppedBy },
    };
  }

  /** Subscribes to received messages; returns the unsubscribe function. */
  onMessage(listener: (message: ReceivedMessage) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Subscribes to messages still arriving: fragments received of total, for each new fragment
   * of a message of more than one (a progress bar for large replies); returns the unsubscribe
   * function.
   */
  onReceiving(listener: (progress: IncomingProgress) => void): () => void {
    this.receivingListeners.add(listener);
    return () => this.receivingListeners.delete(listener);
  }

  /**
   * Sends `data` to `recipient`; resolves when every packet is acknowledged.
   * @throws {MixnetError} `mixnet.no_route`, `mixnet.message_too_large`, `mixnet.not_delivered`,
   *   `mixnet.recipient_unreachable`, `mixnet.backlog_full`
   */
  send(recipient: string, data: Uint8Array, options: SendOptions = {}): Promise<void> {
    return this.sendEnvelope(parseAddress(recipient), { kind: 'plain', data }, options);
  }

  /**
   * Sends `data` without revealing our address, with `replySurbs` reply blocks and our sender
   * tag for this recipient, so it can answer. Carries fewer blocks when we hold the keys of as
   * many live blocks as we may (see `ReplyKeyStore`).
   * @throws {MixnetError} as `send`, and `mixnet.reply_blocks_exhausted` when blocks were asked
   *   for and none may be made now
   */
  async sendAnonymous(
    recipient: string,
    data: Uint8Array,
    replySurbs: number,
    options: SendOptions = {},
  ): Promise<void> {
    const address = parseAddress(recipient);
    const senderTag = this.senderTags.forRecipient(recipient);
    const wanted = Math.min(replySurbs, MAX_SURBS_PER_MESSAGE);
    const surbs = await this.makeSurbs(wanted, encodeHex(senderTag));
    if (wanted > 0 && surbs.length === 0) {
      throw new MixnetError(
        'mixnet.reply_blocks_exhausted',
        'too many reply blocks are outstanding to make more now',
      );
    }
    return this.sendEnvelope(address, { kind: 'anonymous', senderTag, surbs, data }, options);
  }

  /**
   * Answers an anonymous sender through its reply blocks, asking it for more when they run out.
   * @throws {MixnetError} `mixnet.no_reply_surbs` when we hold none for this sender, or they
   *   run out and the sender sends no more; `mixnet.recipient_unreachable`, `mixnet.backlog_full`
   */
  reply(senderTag: Uint8Array, data: Uint8Array, options: SendOptions = {}): Promise<void> {
    const tag = encodeHex(senderTag);
    if (this.ledger.count(tag, this.clock.now()) === 0) {
      return Promise.reject(
        new MixnetError('mixnet.no_reply_surbs', 'no reply blocks for this sender'),
      );
    }
    return this.track(this.fragments({ kind: 'reply', data }), options, (fragment, message) => ({
      kind: 'reply',
      senderTag: tag,
      fragment,
      message,
    }));
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.clock.clearTimeout(this.refreshTimer);
    this.transmitter?.stop();
    this.session.close();
  }

  private get ownAddress(): ClientAddress {
    return {
      identity: this.options.keys.identity,
      encryption: this.options.keys.encryptionPublic,
      gateway: this.gatewayNode.address,
    };
  }

  private setTopology(view: TopologyView): void {
    this.view = view;
    for (const gateway of view.gateways)
      this.knownGateways.set(gateway.descriptor.address, gateway);
    const wanted =
      this.options.gateway ??
      (this.gatewayNode ? encodeBase58(this.gatewayNode.address) : undefined);
    const found = wanted
      ? view.gateway(wanted)
      : view.gateways[
          uniformIndex((n) => this.options.crypto.randomBytes(n), view.gateways.length)
        ];
    if (found) this.gatewayNode = found;
    else if (!this.gatewayNode)
      throw new MixnetError('mixnet.no_route', 'no such gateway in the topology');
  }

  private scheduleRefresh(fetchFn: typeof fetch): void {
    if (this.closed) return;
    this.refreshTimer = this.clock.setTimeout(() => {
      fetchTopology(
        this.options.crypto,
        fetchFn,
        this.options.directoryUrl,
        this.options.directoryKey,
      )
        .then((topology) => this.setTopology(new TopologyView(topology)))
        .catch(() => undefined) // keep the last good topology
        .finally(() => this.scheduleRefresh(fetchFn));
    }, this.options.topologyRefreshMs ?? 5_000);
  }

  private fragments(envelope: Envelope): Uint8Array[] {
    return splitMessage(this.rng(8), encodeEnvelope(envelope)).map(encodeFragment);
  }

  private sendEnvelope(
    recipient: ClientAddress,
    envelope: Envelope,
    options: SendOptions = {},
  ): Promise<void> {
    const recipientKey = encodeHex(recipient.identity);
    return this.track(this.fragments(envelope), options, (fragment, message) => ({
      kind: 'forward',
      recipient,
      recipientKey,
      fragment,
      message,
    }));
  }

  /**
   * Queues one message's fragments under a tracker that settles once: delivered, failed, or
   * past its deadline (so that every block it carries arrives within the blocks' lifetime).
   */
  private track(
    fragments: readonly Uint8Array[],
    options: SendOptions,
    toItem: (fragment: Uint8Array, message: MessageTracker) => Outgoing,
  ): Promise<void> {
    return new Promise((resolve, reject) => {
      const message = new MessageTracker(fragments.length, {
        resolve,
        reject,
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      });
      const deadline = this.clock.setTimeout(
        () =>
          message.fail(
            new MixnetError('mixnet.not_delivered', 'the message was not delivered in time'),
          ),
        MESSAGE_DEADLINE_MS,
      );
      message.onSettled(() => this.clock.clearTimeout(deadline));
      try {
        this.transmitter.enqueue(fragments.map((fragment) => toItem(fragment, message)));
      } catch (error) {
        if (error instanceof MixnetError && error.code === 'mixnet.backlog_full')
          this.droppedBy.backlog_full++;
        message.fail(error instanceof Error ? error : new Error(String(error)));
      }
    });
  }

  /** Up to `count` reply blocks for `senderTag`: fewer when the key store has no more room. */
  private async makeSurbs(count: number, senderTag: string): Promise<Uint8Array[]> {
    const surbs: Uint8Array[] = [];
    for (let i = 0; i < count; i++) {
      const { surb, secrets } = await this.factory.surb(this.rng(16));
      if (!this.replyKeys.add(secrets, senderTag, this.clock.now())) break;
      surbs.push(surb);
    }
    return surbs;
  }

  private async onDeliver(surbId: Uint8Array | null, payload: Uint8Array): Promise<void> {
    if (surbId) {
      if (this.transmitter.acked(surbId)) {
        this.received.acks++;
        return;
      }
      const entry = this.replyKeys.take(surbId, this.clock.now());
      if (!entry) return; // a stale ack, or the ack of a cover packet
      let body: Uint8Array;
      try {
        body = openReply(this.options.crypto, entry.secrets, payload);
      } catch {
        this.drop('undecryptable');
        return;
      }
      const split = splitForwardBody(body);
      if (!split) return;
      // Acks of replies are fired by us, the reply's owner: the gateway cannot read replies.
      this.transmitter.sendControl({
        kind: 'raw',
        packet: fireAck(this.rng, split.ackBlock.slice()),
      });
      this.accept(split.content, entry.senderTag);
      return;
    }
    const { encryptionPrivate, encryptionPublic } = this.options.keys;
    const content = await open(this.options.crypto, encryptionPrivate, encryptionPublic, payload);
    if (content) this.accept(content, null);
    else this.drop('undecryptable');
  }

  private accept(fragmentBytes: Uint8Array, viaTag: string | null): void {
    const fragment = decodeFragment(fragmentBytes);
    if (!fragment) return; // cover traffic, or junk
    const message = this.reassembler.add(fragment);
    if (!message) return;
    const envelope = decodeEnvelope(message);
    if (envelope) this.dispatch(envelope, viaTag);
    else this.drop('malformed');
  }

  private drop(reason: DropReason): void {
    this.received.dropped++;
    this.droppedBy[reason]++;
  }

  private dispatch(envelope: Envelope, viaTag: string | null): void {
    switch (envelope.kind) {
      case 'plain':
      case 'reply':
        this.emit({ data: envelope.data, senderTag: null });
        return;
      case 'anonymous': {
        const tag = encodeHex(envelope.senderTag);
        this.ledger.add(tag, envelope.surbs, this.clock.now());
        this.transmitter.surbsArrived(tag);
        this.emit({ data: envelope.data, senderTag: envelope.senderTag });
        return;
      }
      case 'surbTopup': {
        const tag = encodeHex(envelope.senderTag);
        this.ledger.add(tag, envelope.surbs, this.clock.now());
        this.transmitter.surbsArrived(tag);
        return;
      }
      case 'surbRequest': {
        // Only through one of our reply blocks, so only someone we wrote to can ask.
        const recipient = viaTag ? this.senderTags.recipientOf(viaTag) : undefined;
        if (!recipient || !viaTag) return;
        const count = Math.min(envelope.count, MAX_SURBS_PER_MESSAGE);
        void this.makeSurbs(count, viaTag)
          .then((surbs) =>
            // None may be made now: the replier's wait for them ends by its own timer.
            surbs.length === 0
              ? undefined
              : this.sendEnvelope(parseAddress(recipient), {
                  kind: 'surbTopup',
                  senderTag: decodeHex(viaTag),
                  surbs,
                }),
          )
          .catch(() => undefined);
        return;
      }
    }
  }

  private emit(message: ReceivedMessage): void {
    this.received.messages++;
    for (const listener of this.listeners) listener(message);
  }
}
