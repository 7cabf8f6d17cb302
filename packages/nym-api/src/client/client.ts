import { Recipient } from '../address/recipient.js';
import { parseSenderTag } from '../address/sender-tag.js';
import { encodeRequestFrame } from '../codec/frames.js';
import type { ClientRequest, FrameMode, ServerResponse } from '../codec/types.js';
import { Connection } from './connection.js';
import type { NymApiClientEvent, NymApiClientState, ReceivedMessage } from './events.js';
import { MessageStream } from './message-stream.js';
import { resolveClientOptions, type NymApiClientOptions } from './options.js';

/**
 * Reply blocks sent when the caller names none: enough for a one-packet reply and the spare a
 * replier keeps to ask for more. A longer reply gets the rest on request (the nym-client asks
 * the sender for what it lacks), so a larger default only costs bytes and Sphinx work.
 */
export const DEFAULT_REPLY_SURBS = 2;

/** Per-request options: a connection id makes the nym-client answer with its lane's queue length. */
export interface SendOptions {
  connectionId?: bigint;
}

/**
 * An application's client of a nym-client websocket (the real one or this project's daemon).
 * Connects at once and reconnects with backoff; requests made while disconnected wait in a
 * bounded queue (`maxQueuedRequests`, 0 to reject them with `nym_api.not_connected`) and go
 * out in order on the next connection. `send`, `sendAnonymous` and `reply` resolve once
 * written (the API acknowledges nothing else); errors the nym-client reports for them arrive
 * as `error` events.
 *
 * @example
 * const client = new NymApiClient({ url, openSocket, timers, random });
 * const me = await client.ready();
 * for await (const { message, senderTag } of client) if (senderTag) await client.reply(senderTag, message);
 */
export class NymApiClient {
  private readonly connection: Connection;
  private readonly stream: MessageStream<ReceivedMessage>;
  private readonly listeners = new Set<(event: NymApiClientEvent) => void>();
  private readonly mode: FrameMode;

  constructor(options: NymApiClientOptions) {
    const resolved = resolveClientOptions(options);
    this.mode = resolved.mode;
    this.stream = new MessageStream(resolved.maxBufferedMessages);
    this.connection = new Connection(resolved, (event) => this.dispatch(event));
  }

  /** `connecting`, `open`, `waiting` (to reconnect) or `closed`. */
  get state(): NymApiClientState {
    return this.connection.state;
  }

  /** Our address as last reported by the nym-client, or null before the first connection. */
  get address(): Recipient | null {
    return this.connection.address;
  }

  /**
   * Resolves with our address once connected.
   * @throws {NymApiError} `nym_api.disconnected` when the client gave up, `nym_api.closed`
   */
  ready(): Promise<Recipient> {
    return this.connection.ready();
  }

  /** Asks the nym-client for our address. */
  async selfAddress(): Promise<Recipient> {
    const response = await this.call({ type: 'selfAddress' }, 'selfAddress');
    return (response as Extract<ServerResponse, { type: 'selfAddress' }>).address;
  }

  /**
   * Sends bytes to an address; the receiver cannot reply.
   * @throws {NymApiError} `nym_api.invalid_address`, `nym_api.invalid_message` (text mode,
   *   not UTF-8), `nym_api.queue_full`, `nym_api.closed`, and with a connection id,
   *   `nym_api.remote_error` / `nym_api.timeout` / `nym_api.disconnected`
   */
  async send(
    recipient: Recipient | string,
    message: Uint8Array,
    options: SendOptions = {},
  ): Promise<void> {
    const connectionId = options.connectionId ?? null;
    await this.call(
      { type: 'send', recipient: toRecipient(recipient), message, connectionId },
      lane(connectionId),
    );
  }

  /**
   * Sends bytes with reply SURBs (default 10, as the official SDK) and our sender tag, so the
   * receiver can `reply` without learning our address. Throws as {@link NymApiClient.send}.
   */
  async sendAnonymous(
    recipient: Recipient | string,
    message: Uint8Array,
    options: SendOptions & { replySurbs?: number } = {},
  ): Promise<void> {
    const connectionId = options.connectionId ?? null;
    const request: ClientRequest = {
      type: 'sendAnonymous',
      recipient: toRecipient(recipient),
      message,
      replySurbs: options.replySurbs ?? DEFAULT_REPLY_SURBS,
      connectionId,
    };
    await this.call(request, lane(connectionId));
  }

  /**
   * Replies to the sender of a message that came with `senderTag` (bytes or base58).
   * @throws {NymApiError} `nym_api.invalid_sender_tag`, else as {@link NymApiClient.send}
   */
  async reply(
    senderTag: Uint8Array | string,
    message: Uint8Array,
    options: SendOptions = {},
  ): Promise<void> {
    const tag = typeof senderTag === 'string' ? parseSenderTag(senderTag) : senderTag;
    const connectionId = options.connectionId ?? null;
    await this.call({ type: 'reply', senderTag: tag, message, connectionId }, lane(connectionId));
  }

  /** Packets queued on a lane (binary mode only, as in the real API). */
  async laneQueueLength(connectionId: bigint): Promise<number> {
    const response = await this.call(
      { type: 'getLaneQueueLength', connectionId },
      'laneQueueLength',
    );
    return (response as Extract<ServerResponse, { type: 'laneQueueLength' }>).queueLength;
  }

  /** Tells the nym-client a lane's connection is closed (binary mode only). */
  async closeConnection(connectionId: bigint): Promise<void> {
    await this.call({ type: 'closedConnection', connectionId }, null);
  }

  /** Every event, received messages included; returns the unsubscribe function. */
  subscribe(listener: (event: NymApiClientEvent) => void): () => void {
    this.listeners.add(listener);
    const stop = this.stream.subscribe((received) => listener({ type: 'received', ...received }));
    return () => {
      this.listeners.delete(listener);
      stop();
    };
  }

  /** Received messages only; returns the unsubscribe function. */
  onMessage(listener: (received: ReceivedMessage) => void): () => void {
    return this.stream.subscribe(listener);
  }

  /** Received messages as an async iterator; it ends when the client closes. */
  messages(): AsyncIterableIterator<ReceivedMessage> {
    return this.stream.iterate();
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<ReceivedMessage> {
    return this.messages();
  }

  /** Closes the connection for good: pending requests fail with `nym_api.closed`. */
  close(): Promise<void> {
    return this.connection.close();
  }

  private async call(
    request: ClientRequest,
    expects: 'selfAddress' | 'laneQueueLength' | null,
  ): Promise<ServerResponse | null> {
    return this.connection.request(encodeRequestFrame(request, this.mode), expects);
  }

  private dispatch(event: NymApiClientEvent): void {
    if (event.type === 'received') {
      this.stream.push({ message: event.message, senderTag: event.senderTag });
      return;
    }
    for (const listener of [...this.listeners]) listener(event);
    if (event.type === 'closed') this.stream.end();
  }
}

const toRecipient = (recipient: Recipient | string): Recipient =>
  typeof recipient === 'string' ? Recipient.parse(recipient) : recipient;

// With a connection id the nym-client answers a send with the lane's queue length.
const lane = (connectionId: bigint | null) =>
  connectionId === null ? null : ('laneQueueLength' as const);
