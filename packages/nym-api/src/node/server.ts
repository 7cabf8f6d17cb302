import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import {
  createServer as createNetServer,
  type AddressInfo,
  type Server as NetServer,
  type Socket,
} from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Recipient } from '../address/recipient.js';
import { NymApiError } from '../errors.js';
import type { ApiBackend } from '../server/backend.js';
import { ApiServerCore, type ApiServerCoreOptions } from '../server/core.js';
import { frameFromWs, wsPayload } from './frames.js';

/** Options of {@link NymApiServer.listen}. */
export interface NymApiServerOptions extends ApiServerCoreOptions {
  /** The mixnet client behind the API. */
  backend: ApiBackend;
  /** Interface to listen on. Default 127.0.0.1, like the real client. */
  host?: string;
  /** Port; 0 lets the OS choose. Default 1977, like the real client. */
  port?: number;
  /** Largest frame accepted from the application. Default 64 MiB. */
  maxPayload?: number;
}

/**
 * The nym-client websocket API on a TCP port, in front of an {@link ApiBackend}: what the
 * local stand-in daemon serves. One application at a time: a second TCP connection is shut
 * down before its websocket handshake, as the real client does.
 *
 * @example
 * const server = await NymApiServer.listen({ backend: network.createClient(), port: 0 });
 * const client = await connectNymApi({ url: server.url });
 */
export class NymApiServer {
  private constructor(
    private readonly tcp: NetServer,
    private readonly http: HttpServer,
    private readonly wss: WebSocketServer,
    private readonly core: ApiServerCore,
    private readonly backend: ApiBackend,
    private readonly sockets: Set<Socket>,
  ) {}

  /**
   * Starts listening.
   * @throws {NymApiError} `nym_api.listen_failed` (e.g. the port is taken)
   */
  static async listen(options: NymApiServerOptions): Promise<NymApiServer> {
    const core = new ApiServerCore(options.backend, options);
    const wss = new WebSocketServer({
      noServer: true,
      maxPayload: options.maxPayload ?? 64 * 1024 * 1024,
    });
    const http = createHttpServer((_request, response) => {
      response.writeHead(426, { connection: 'close' }).end();
    });
    const sockets = new Set<Socket>();
    let holder: Socket | null = null;
    const tcp = createNetServer((socket) => {
      sockets.add(socket);
      socket.once('close', () => sockets.delete(socket));
      // Resets by the peer are routine here; the close event does the cleanup.
      socket.on('error', () => undefined);
      if (holder !== null) {
        // Like the real client: refuse, but do not leave the application hanging.
        socket.end();
        return;
      }
      holder = socket;
      socket.once('close', () => {
        if (holder === socket) holder = null;
      });
      http.emit('connection', socket);
    });
    http.on('upgrade', (request, socket, head) => {
      wss.handleUpgrade(request, socket, head, (ws) => serveApplication(core, ws));
    });
    try {
      await new Promise<void>((resolve, reject) => {
        tcp.once('error', reject);
        tcp.listen(options.port ?? 1977, options.host ?? '127.0.0.1', resolve);
      });
    } catch (cause) {
      core.close();
      throw new NymApiError('nym_api.listen_failed', 'could not listen for applications', {
        cause,
      });
    }
    return new NymApiServer(tcp, http, wss, core, options.backend, sockets);
  }

  /** The port listened on. */
  get port(): number {
    return (this.tcp.address() as AddressInfo).port;
  }

  /** The websocket URL applications connect to. */
  get url(): string {
    const { address, family, port } = this.tcp.address() as AddressInfo;
    return `ws://${family === 'IPv6' ? `[${address}]` : address}:${port}`;
  }

  /** The address of the client behind the API. */
  get address(): Recipient {
    return this.backend.selfAddress();
  }

  /** True while an application is connected. */
  get connected(): boolean {
    return this.core.connected;
  }

  /** Messages waiting for an application, and messages dropped from a full buffer. */
  stats(): { buffered: number; dropped: number } {
    return this.core.stats();
  }

  /** Stops listening and drops every connection; messages no longer reach this server. */
  async close(): Promise<void> {
    this.core.close();
    for (const ws of this.wss.clients) ws.terminate();
    for (const socket of this.sockets) socket.destroy();
    this.wss.close();
    this.http.close();
    await new Promise<void>((resolve) => this.tcp.close(() => resolve()));
  }
}

function serveApplication(core: ApiServerCore, ws: WebSocket): void {
  const connection = core.attach((frame) => ws.send(wsPayload(frame)));
  if (connection === null) {
    ws.terminate();
    return;
  }
  ws.on('message', (data, isBinary) => {
    // A failed write means the socket is closing; its close event detaches.
    connection.handle(frameFromWs(data, isBinary)).catch(() => undefined);
  });
  ws.on('close', () => connection.detach());
  ws.on('error', () => ws.terminate());
}
