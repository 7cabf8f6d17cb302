import { connect, type Socket } from 'node:net';
import { backgroundClock, Reconnector } from '@pastenym/runtime';
import type { Counters } from './counters.js';

/** Where a link connects. */
export interface Endpoint {
  readonly host: string;
  readonly port: number;
}

/** Limits of an outbound link. */
export interface OutboundLinkOptions {
  readonly counters: Counters;
  /** Frames kept while (re)connecting; more are dropped as `link.drop_queue_full`. */
  readonly maxQueue: number;
  /** Bytes the socket may buffer unsent before frames are dropped as `link.drop_backpressure`. */
  readonly maxBufferedBytes: number;
  /** Reconnect delay: doubles from `minBackoffMs` up to `maxBackoffMs` (with jitter). */
  readonly minBackoffMs: number;
  readonly maxBackoffMs: number;
}

/**
 * A persistent TCP link to one node: connects at once, queues frames while connecting, and
 * reconnects with exponential backoff when the connection fails or closes. Counts every frame
 * written as `link.frame_out.<bytes>`.
 */
export class OutboundLink {
  private socket: Socket | undefined;
  private connected = false;
  private closed = false;
  private readonly reconnector: Reconnector;
  private queue: Uint8Array[] = [];

  constructor(
    private endpoint: Endpoint,
    private readonly options: OutboundLinkOptions,
  ) {
    // Jitter keeps the nodes that lost the same peer from reconnecting in lockstep.
    this.reconnector = new Reconnector({
      clock: backgroundClock, // a retry alone does not keep the process alive
      random: Math.random,
      backoff: { initialDelayMs: options.minBackoffMs, maxDelayMs: options.maxBackoffMs },
      open: () => this.connect(),
    });
    this.reconnector.open();
  }

  /** Sends or queues a frame; false when it was dropped. */
  send(frame: Uint8Array): boolean {
    const { counters } = this.options;
    if (this.closed) {
      counters.add('link.drop_closed');
      return false;
    }
    if (this.connected && this.socket) {
      if (this.socket.writableLength > this.options.maxBufferedBytes) {
        counters.add('link.drop_backpressure');
        return false;
      }
      this.write(this.socket, frame);
      return true;
    }
    if (this.queue.length >= this.options.maxQueue) {
      counters.add('link.drop_queue_full');
      return false;
    }
    this.queue.push(frame);
    return true;
  }

  /** Points the link at a new endpoint (a node that moved); reconnects if it changed. */
  setEndpoint(endpoint: Endpoint): void {
    if (endpoint.host === this.endpoint.host && endpoint.port === this.endpoint.port) return;
    this.endpoint = endpoint;
    this.socket?.destroy();
  }

  /** Closes for good; queued frames are dropped. */
  close(): void {
    this.closed = true;
    this.reconnector.close();
    this.options.counters.add('link.drop_closed', this.queue.length);
    this.queue = [];
    this.socket?.destroy();
  }

  private write(socket: Socket, frame: Uint8Array): void {
    // Frames written until the event loop has read every socket that was ready leave in one
    // writev, not one syscall each: under load a hop forwards packets from several links at
    // once. Holding them past the I/O phase costs well under a millisecond.
    if (socket.writableCorked === 0) {
      socket.cork();
      setImmediate(() => socket.uncork());
    }
    socket.write(frame);
    this.options.counters.add(`link.frame_out.${frame.length}`);
  }

  private connect(): void {
    const socket = connect({ host: this.endpoint.host, port: this.endpoint.port });
    this.socket = socket;
    socket.setNoDelay(true);
    socket.on('connect', () => {
      this.connected = true;
      this.reconnector.connected();
      this.options.counters.add('link.out_connections');
      const queued = this.queue;
      this.queue = [];
      for (const frame of queued) this.write(socket, frame);
    });
    // Links are one-way; whatever a peer sends back is discarded.
    socket.on('data', () => {});
    socket.on('error', () => this.options.counters.add('link.out_error'));
    socket.on('close', () => {
      if (this.socket !== socket) return;
      this.socket = undefined;
      this.connected = false;
      this.reconnector.lost();
    });
  }
}
