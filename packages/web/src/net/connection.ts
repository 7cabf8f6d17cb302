import type { Transport } from '@pastenym/paste-protocol';
import type { NetworkKind } from '../config/web-config.js';

/** Where the page's mixnet client is. */
export type ConnectionState =
  | { readonly kind: 'connecting' }
  | { readonly kind: 'connected'; readonly address: string }
  /** Lost the gateway; the client reconnects by itself. */
  | { readonly kind: 'reconnecting'; readonly address: string }
  | { readonly kind: 'failed'; readonly message: string };

/** How far the message being sent has got: packets acknowledged out of the total. */
export interface SendProgress {
  readonly acked: number;
  readonly total: number;
}

/**
 * The page's way into the mixnet, whichever network: a transport to the paste server (the
 * paste protocol's `{send, onMessage}`), the client's state, and send progress for large
 * messages.
 */
export interface MixnetConnection {
  readonly network: NetworkKind;
  readonly transport: Transport;
  state(): ConnectionState;
  /** Subscribes to state changes; returns the unsubscribe function. */
  onState(listener: (state: ConnectionState) => void): () => void;
  onSendProgress(listener: (progress: SendProgress) => void): () => void;
  close(): void;
}

/** Reply blocks sent with every request: enough for large replies, which top up by themselves. */
export const REPLY_SURBS = 10;

/** A small listener set with a snapshot: the state half of every connection. */
export class StateCell<T> {
  readonly #listeners = new Set<(value: T) => void>();
  constructor(private value: T) {}

  get(): T {
    return this.value;
  }

  set(value: T): void {
    this.value = value;
    for (const listener of [...this.#listeners]) listener(value);
  }

  subscribe(listener: (value: T) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

/**
 * What every connection keeps whatever its network: its state, send progress and the listeners
 * of arriving messages. A connection feeds it and builds its public face with {@link expose}.
 */
export class ConnectionCore {
  readonly state = new StateCell<ConnectionState>({ kind: 'connecting' });
  readonly progress = new StateCell<SendProgress>({ acked: 0, total: 0 });
  readonly #listeners = new Set<(bytes: Uint8Array) => void>();

  /** Hands an arriving message to every listener. */
  deliver(bytes: Uint8Array): void {
    for (const listener of [...this.#listeners]) listener(bytes);
  }

  /** The {@link MixnetConnection} of a network that knows how to send and to close. */
  expose(
    network: NetworkKind,
    send: (bytes: Uint8Array) => Promise<void>,
    close: () => void,
  ): MixnetConnection {
    return {
      network,
      transport: {
        send,
        onMessage: (listener) => {
          this.#listeners.add(listener);
          return () => this.#listeners.delete(listener);
        },
      },
      state: () => this.state.get(),
      onState: (listener) => this.state.subscribe(listener),
      onSendProgress: (listener) => this.progress.subscribe(listener),
      close,
    };
  }
}
