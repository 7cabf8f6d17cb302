import {
  anonymousTransport,
  type AnonymousMessage,
  type AnonymousSender,
  type Transport,
} from '@pastenym/paste-protocol';
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
 * The page's way into the mixnet, whichever network: the paste transport to the server (with
 * per-message progress, see `anonymousTransport`) and the client's state.
 */
export interface MixnetConnection {
  readonly network: NetworkKind;
  /** The client beneath the transport, for whatever else the page sends through it. */
  readonly sender: AnonymousSender;
  readonly transport: Transport;
  state(): ConnectionState;
  /** Subscribes to state changes; returns the unsubscribe function. */
  onState(listener: (state: ConnectionState) => void): () => void;
  close(): void;
}

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
    return subscribe(this.#listeners, listener);
  }
}

/** What a network brings to {@link ConnectionCore.expose}. */
export interface NetworkFace {
  readonly sendAnonymous: AnonymousSender['sendAnonymous'];
  readonly close: () => void;
  /** True when it reports messages being reassembled (see `ConnectionCore.receiving`). */
  readonly seesFragments: boolean;
}

/**
 * What every connection keeps whatever its network: its state and the listeners of arriving
 * messages. A connection feeds it and builds its public face with {@link expose}.
 */
export class ConnectionCore {
  readonly state = new StateCell<ConnectionState>({ kind: 'connecting' });
  readonly #messages = new Set<(message: AnonymousMessage) => void>();
  readonly #receiving = new Set<(progress: { received: number; total: number }) => void>();

  /** Hands an arriving message to every listener. */
  deliver(message: AnonymousMessage): void {
    for (const listener of [...this.#messages]) listener(message);
  }

  /** Tells every listener how far a message being reassembled has got. */
  receiving(progress: { received: number; total: number }): void {
    for (const listener of [...this.#receiving]) listener(progress);
  }

  /** The {@link MixnetConnection} of a network that knows how to send anonymously and close. */
  expose(network: NetworkKind, serverAddress: string, face: NetworkFace): MixnetConnection {
    const { sendAnonymous, close, seesFragments } = face;
    const sender: AnonymousSender = {
      sendAnonymous,
      onMessage: (listener) => subscribe(this.#messages, listener),
      ...(seesFragments ? { onReceiving: (listener) => subscribe(this.#receiving, listener) } : {}),
    };
    return {
      network,
      sender,
      transport: anonymousTransport(sender, serverAddress),
      state: () => this.state.get(),
      onState: (listener) => this.state.subscribe(listener),
      close,
    };
  }
}

function subscribe<T>(listeners: Set<T>, listener: T): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
