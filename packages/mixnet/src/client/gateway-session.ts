import type { CryptoProvider } from '@pastenym/crypto';
import {
  authMessage,
  decodeGatewayFrame,
  encodeGatewayFrame,
  type GatewayFrame,
} from '../wire/gateway-protocol.js';
import { MixnetError } from '../errors.js';
import { Reconnector, type Clock } from '@pastenym/runtime';
import type { ClientKeys } from './keys.js';

/** The part of the WebSocket API both browsers and the `ws` package offer. */
export interface WebSocketLike {
  binaryType: string;
  readonly readyState: number;
  send(data: Uint8Array): void;
  close(): void;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: unknown) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

export type WebSocketFactory = (url: string) => WebSocketLike;

export interface GatewaySessionOptions {
  readonly crypto: CryptoProvider;
  readonly keys: ClientKeys;
  readonly connect: WebSocketFactory;
  readonly clock: Clock;
  /** A number in [0, 1) for the reconnect jitter. */
  readonly random: () => number;
  /** The gateway's client websocket URL and its identity (checked in the challenge). */
  readonly url: () => string;
  readonly gatewayIdentity: () => Uint8Array;
  readonly onDeliver: (frame: Extract<GatewayFrame, { type: 'deliver' }>) => void;
  readonly onStateChange?: (state: 'connecting' | 'connected' | 'disconnected') => void;
}

const OPEN = 1;

function toBytes(data: unknown): Uint8Array | undefined {
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (ArrayBuffer.isView(data))
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return undefined;
}

/**
 * A connection to our gateway that authenticates with the identity key, queues packets while
 * (re)connecting and reconnects with jittered backoff (up to 5 s). Only the holder of the
 * identity key receives what the gateway keeps for it.
 */
export class GatewaySession {
  private socket: WebSocketLike | undefined;
  private authenticated = false;
  private readonly reconnector: Reconnector;
  private readonly queue: Uint8Array[] = [];
  private firstAuth: { resolve: () => void; reject: (error: Error) => void } | undefined;

  constructor(private readonly options: GatewaySessionOptions) {
    this.reconnector = new Reconnector({
      clock: options.clock,
      random: options.random,
      backoff: { maxDelayMs: 5000 },
      open: () => this.open(),
    });
  }

  /**
   * Connects and authenticates; resolves on the first success, rejects if the gateway refuses
   * us or cannot be reached within `timeoutMs`.
   */
  start(timeoutMs = 15_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = this.options.clock.setTimeout(() => {
        this.firstAuth = undefined;
        this.close();
        reject(new MixnetError('mixnet.not_connected', 'could not reach the gateway'));
      }, timeoutMs);
      const settle = () => this.options.clock.clearTimeout(timer);
      this.firstAuth = {
        resolve: () => {
          settle();
          resolve();
        },
        reject: (error) => {
          settle();
          reject(error);
        },
      };
      this.reconnector.open();
    });
  }

  get connected(): boolean {
    return this.authenticated;
  }

  /** Hands a packet to the gateway for its first hop; queued while disconnected. */
  send(firstHop: Uint8Array, packet: Uint8Array): void {
    const frame = encodeGatewayFrame({ type: 'send', firstHop, packet });
    if (this.authenticated && this.socket?.readyState === OPEN) this.socket.send(frame);
    else this.queue.push(frame);
  }

  close(): void {
    this.reconnector.close();
    this.socket?.close();
    this.firstAuth?.reject(new MixnetError('mixnet.closed', 'client closed'));
    this.firstAuth = undefined;
  }

  private open(): void {
    this.options.onStateChange?.('connecting');
    const socket = this.options.connect(this.options.url());
    socket.binaryType = 'arraybuffer';
    this.socket = socket;
    socket.onmessage = (event) => this.onFrame(socket, event.data);
    socket.onerror = () => undefined; // onclose follows and handles it
    socket.onclose = () => this.onClose(socket);
  }

  private onFrame(socket: WebSocketLike, data: unknown): void {
    const bytes = toBytes(data);
    const frame = bytes && decodeGatewayFrame(bytes);
    if (!frame) return;
    switch (frame.type) {
      case 'challenge': {
        const expected = this.options.gatewayIdentity();
        if (!frame.gateway.every((b, i) => b === expected[i])) {
          this.fail(socket, 'the gateway is not the one the topology names');
          return;
        }
        const signature = this.options.crypto.ed25519.sign(
          this.options.keys.identitySeed,
          authMessage(frame.nonce, frame.gateway),
        );
        socket.send(
          encodeGatewayFrame({ type: 'auth', identity: this.options.keys.identity, signature }),
        );
        return;
      }
      case 'authOk':
        this.authenticated = true;
        this.reconnector.connected();
        for (const queued of this.queue.splice(0)) socket.send(queued);
        this.options.onStateChange?.('connected');
        this.firstAuth?.resolve();
        this.firstAuth = undefined;
        return;
      case 'authFail':
        this.fail(socket, `the gateway refused authentication: ${frame.reason}`);
        return;
      case 'deliver':
        if (this.authenticated) this.options.onDeliver(frame);
        return;
      case 'auth':
      case 'send':
        return; // client-to-gateway frames are never valid here
    }
  }

  private fail(socket: WebSocketLike, reason: string): void {
    this.reconnector.close(); // a refused identity will be refused again: stop here
    this.firstAuth?.reject(new MixnetError('mixnet.auth_failed', reason));
    this.firstAuth = undefined;
    socket.close();
  }

  private onClose(socket: WebSocketLike): void {
    if (socket !== this.socket) return;
    this.authenticated = false;
    this.options.onStateChange?.('disconnected');
    this.reconnector.lost();
  }
}
