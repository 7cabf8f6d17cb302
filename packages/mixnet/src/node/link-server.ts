import { createServer, type Socket } from 'node:net';
import { FRAME_HEADER_LENGTH, FrameDecoder } from '../wire/link-frames.js';
import type { Counters } from './counters.js';
import { closeServer, listen } from './listen.js';

/** Options of {@link startLinkServer}. */
export interface LinkServerOptions {
  readonly host: string;
  /** 0: a port the OS picks. */
  readonly port: number;
  /** Called with every packet (a frame body of exactly one packet's length). */
  readonly onPacket: (packet: Uint8Array) => void;
  readonly counters: Counters;
  /** Most simultaneous inbound connections (default 1024). */
  readonly maxConnections?: number;
}

/** The inbound side of node-to-node links. */
export interface LinkServer {
  readonly port: number;
  /** Stops listening and drops every connection. */
  close(): Promise<void>;
}

/**
 * Listens for links from other nodes: length-prefixed frames, one packet each. A malformed
 * frame closes that connection (counted as `link.bad_frame`); nothing a peer sends can throw
 * out of here. Counts `link.frame_in.<bytes>` per frame, header included.
 * @throws {MixnetError} `mixnet.port_in_use` when the port is taken.
 * @example const server = await startLinkServer({ host: '127.0.0.1', port: 0, onPacket, counters });
 */
export async function startLinkServer(options: LinkServerOptions): Promise<LinkServer> {
  const { counters } = options;
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    counters.add('link.in_connections');
    socket.setNoDelay(true);
    const decoder = new FrameDecoder();
    socket.on('data', (chunk: Buffer) => {
      let frames: Uint8Array[];
      try {
        frames = decoder.push(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      } catch {
        counters.add('link.bad_frame');
        socket.destroy();
        return;
      }
      for (const frame of frames) {
        counters.add(`link.frame_in.${FRAME_HEADER_LENGTH + frame.length}`);
        options.onPacket(frame);
      }
    });
    socket.on('error', () => counters.add('link.in_error'));
    socket.on('close', () => sockets.delete(socket));
  });
  server.maxConnections = options.maxConnections ?? 1024;
  const port = await listen(server, options.host, options.port);
  return {
    port,
    async close() {
      const closed = closeServer(server);
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}
