import { Reconnector } from '@pastenym/runtime';
import type { Recipient } from '../address/recipient.js';
import { encodeRequestFrame } from '../codec/frames.js';
import type { Frame, ServerResponse } from '../codec/types.js';
import { NymApiError } from '../errors.js';
import { Correlator, type Waiter } from './correlation.js';
import type { NymApiClientEvent, NymApiClientState } from './events.js';
import type { ResolvedClientOptions } from './options.js';
import { routeFrame } from './route-frame.js';
import type { ApiSocket } from './socket.js';

/** A request on its way: its frame, what answer it waits for, and its promise. */
interface Outgoing {
  frame: Frame;
  expects: Waiter['expects'] | null;
  resolve(response: ServerResponse | null): void;
  reject(error: Error): void;
}

/**
 * One logical connection to a nym-client over successive websockets: opens, asks its own
 * address first (which also switches a text-mode client's answers to text), writes queued
 * requests, matches answers, and reconnects with jittered backoff when the socket drops.
 */
export class Connection {
  state: NymApiClientState = 'connecting';
  address: Recipient | null = null;
  private live = false;
  private socket: ApiSocket | null = null;
  private readonly queue: Outgoing[] = [];
  private readonly correlator = new Correlator();
  private readonly readyWaiters: {
    resolve(address: Recipient): void;
    reject(error: Error): void;
  }[] = [];
  private readonly reconnector: Reconnector;
  private endError: NymApiError | null = null;
  private onSocketClosed: (() => void) | null = null;
  private closing: Promise<void> = Promise.resolve();

  constructor(
    private readonly options: ResolvedClientOptions,
    private readonly emit: (event: NymApiClientEvent) => void,
  ) {
    this.reconnector = new Reconnector({
      clock: options.clock,
      random: options.random,
      backoff: options.reconnect,
      open: () => this.connect(),
    });
    this.reconnector.open();
  }

  /** Resolves with the address once connected (at once when connected now). */
  ready(): Promise<Recipient> {
    if (this.live && this.address !== null) return Promise.resolve(this.address);
    if (this.endError !== null) return Promise.reject(this.endError);
    return new Promise((resolve, reject) => this.readyWaiters.push({ resolve, reject }));
  }

  /** Writes a request now, or queues it while disconnected; resolves with its answer. */
  request(frame: Frame, expects: Outgoing['expects']): Promise<ServerResponse | null> {
    if (this.endError !== null) return Promise.reject(this.endError);
    return new Promise((resolve, reject) => {
      const item: Outgoing = { frame, expects, resolve, reject };
      if (this.state === 'open') this.write(item);
      else if (this.queue.length < this.options.maxQueuedRequests) this.queue.push(item);
      else if (this.options.maxQueuedRequests === 0) {
        reject(new NymApiError('nym_api.not_connected', 'not connected to the nym-client'));
      } else
        reject(new NymApiError('nym_api.queue_full', 'too many requests wait for a connection'));
    });
  }

  /** Closes for good; resolves once the socket is closed. */
  close(): Promise<void> {
    if (this.endError !== null) return this.closing;
    this.reconnector.close();
    const closed = this.end(new NymApiError('nym_api.closed', 'the client was closed'));
    this.correlator.failAll(closed);
    const socket = this.socket;
    if (socket !== null) {
      this.closing = new Promise((resolve) => {
        this.onSocketClosed = resolve;
        socket.close();
      });
    }
    return this.closing;
  }

  private connect(): void {
    this.state = 'connecting';
    let socket: ApiSocket | null = null;
    const current = (): boolean => socket !== null && this.socket === socket;
    try {
      socket = this.options.openSocket(this.options.url, {
        open: () => {
          if (current()) this.opened(socket!);
        },
        frame: (frame) => {
          if (current()) this.received(frame);
        },
        close: (cause) => {
          if (current()) this.lost(cause);
        },
      });
      this.socket = socket;
    } catch (error) {
      this.lost(error instanceof Error ? error : undefined);
    }
  }

  private opened(socket: ApiSocket): void {
    this.state = 'open';
    // The first request on every connection: it learns our address, and in text mode it
    // makes the nym-client answer in text from now on.
    this.write({
      frame: encodeRequestFrame({ type: 'selfAddress' }, this.options.mode),
      expects: 'selfAddress',
      resolve: (response) => {
        if (response?.type !== 'selfAddress') return;
        this.address = response.address;
        this.live = true;
        this.reconnector.connected();
        this.emit({ type: 'connected', address: response.address });
        for (const waiter of this.readyWaiters.splice(0)) waiter.resolve(response.address);
      },
      // No address, no connection: drop this socket and try again.
      reject: () => {
        if (this.socket === socket) socket.close();
      },
    });
    for (const item of this.queue.splice(0)) this.write(item);
  }

  private write(item: Outgoing): void {
    try {
      this.socket!.send(item.frame);
    } catch (cause) {
      item.reject(new NymApiError('nym_api.disconnected', 'the connection closed', { cause }));
      return;
    }
    if (item.expects === null) {
      this.correlator.sentSilent();
      item.resolve(null);
      return;
    }
    const { clock, requestTimeoutMs } = this.options;
    this.correlator.sentWaiting(item.expects, item, clock, requestTimeoutMs);
  }

  private received(frame: Frame): void {
    routeFrame(frame, this.correlator, this.emit);
  }

  private lost(cause?: Error): void {
    this.socket = null;
    this.live = false;
    this.correlator.failAll(
      new NymApiError('nym_api.disconnected', 'the connection to the nym-client closed', { cause }),
    );
    if (this.endError !== null) {
      this.onSocketClosed?.();
      return;
    }
    this.emit(cause === undefined ? { type: 'disconnected' } : { type: 'disconnected', cause });
    const retry = this.reconnector.lost();
    if (retry === undefined) {
      this.end(
        new NymApiError('nym_api.disconnected', 'gave up connecting to the nym-client', { cause }),
      );
      return;
    }
    this.state = 'waiting';
    this.emit({ type: 'reconnecting', ...retry });
  }

  private end(error: NymApiError): NymApiError {
    this.state = 'closed';
    this.endError = error;
    for (const item of this.queue.splice(0)) item.reject(error);
    for (const waiter of this.readyWaiters.splice(0)) waiter.reject(error);
    this.emit({ type: 'closed', ...(error.code === 'nym_api.closed' ? {} : { error }) });
    return error;
  }
}
