import { encodeHex } from '@pastenym/crypto';
import type { Recipient } from '../address/recipient.js';
import type { ApiBackend, ReceivedListener } from '../server/backend.js';
import type { LoopbackNetwork } from './network.js';

/**
 * One client of a {@link LoopbackNetwork}: an {@link ApiBackend} to put behind an API server,
 * or to use directly. Messages that arrive before anyone listens are kept for the first
 * listener.
 */
export class LoopbackClient implements ApiBackend {
  private readonly listeners = new Set<ReceivedListener>();
  private readonly waiting: [Uint8Array, Uint8Array | null][] = [];
  // One tag per recipient, as the real client keeps one per recipient.
  private readonly tags = new Map<string, Uint8Array>();

  constructor(
    private readonly network: LoopbackNetwork,
    private readonly address: Recipient,
  ) {}

  selfAddress(): Recipient {
    return this.address;
  }

  send(recipient: Recipient, message: Uint8Array): void {
    this.network.route(this, recipient, message, null);
  }

  sendAnonymous(recipient: Recipient, message: Uint8Array, replySurbs: number): void {
    const key = encodeHex(recipient.toBytes());
    let tag = this.tags.get(key);
    if (tag === undefined) this.tags.set(key, (tag = this.network.newSenderTag()));
    this.network.route(this, recipient, message, { tag, surbs: replySurbs });
  }

  reply(senderTag: Uint8Array, message: Uint8Array): void {
    this.network.routeReply(this, senderTag, message);
  }

  onReceived(listener: ReceivedListener): () => void {
    this.listeners.add(listener);
    for (const [message, senderTag] of this.waiting.splice(0)) listener(message, senderTag);
    return () => this.listeners.delete(listener);
  }

  /** @internal Called by the network on delivery. */
  receive(message: Uint8Array, senderTag: Uint8Array | null): void {
    if (this.listeners.size === 0) {
      this.waiting.push([message, senderTag]);
      return;
    }
    for (const listener of this.listeners) listener(message.slice(), senderTag?.slice() ?? null);
  }
}
