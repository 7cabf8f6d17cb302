import { createServer } from 'node:http';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { encodeBase58, type CryptoProvider } from '@pastenym/crypto';
import { ADDRESS_LENGTH, PACKET_LENGTH, type Rng } from '@pastenym/sphinx';
import { authMessage, decodeGatewayFrame, encodeGatewayFrame } from '../wire/gateway-protocol.js';
import type { Counters } from './counters.js';
import { closeServer, listen } from './listen.js';

/** Options of {@link startClientServer}. */
export interface ClientServerOptions {
  readonly host: string;
  /** 0: a port the OS picks. */
  readonly port: number;
  readonly crypto: CryptoProvider;
  readonly rng: Rng;
  /** The gateway's identity public key, sent in every challenge. */
  readonly gatewayIdentity: Uint8Array;
  readonly counters: Counters;
  /** A client must authenticate this soon after connecting (default 10 s). */
  readonly authTimeoutMs?: number;
  /** Bytes a connection may buffer unsent before deliveries to it drop (default 8 MiB). */
  readonly maxBufferedBytes?: number;
  /** Most simultaneous connections (default 10,000). */
  readonly maxConnections?: number;
  /** A SEND from an authenticated client. */
  /** A SEND frame from the authenticated client `identity` (base58). */
  readonly onSend: (firstHop: Uint8Array, packet: Uint8Array, identity: string) => void;
  /** A client authenticated; returns frames waiting for it, sent right after AUTH_OK. */
  readonly onAuthenticated: (identity: string) => readonly Uint8Array[];
}

/** The client-facing websocket server of a gateway. */
export interface ClientServer {
  readonly port: number;
  /** Sends a frame to the live connection of `identity` (base58), if there is one. */
  deliver(identity: string, frame: Uint8Array): 'sent' | 'offline' | 'backpressure';
  close(): Promise<void>;
}

/** A view of a websocket message's bytes (ws hands each message over once: no copy needed). */
const toBytes = (data: RawData): Uint8Array => {
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  const buffer = Array.isArray(data) ? Buffer.concat(data) : data;
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
};

// Close codes in the private range, so clients can tell why.
const CLOSE_AUTH_FAILED = 4001;
const CLOSE_REPLACED = 4002;
const CLOSE_BAD_FRAME = 4003;

/**
 * Serves clients over websocket (src/wire/gateway-protocol.ts): CHALLENGE on connect, then an
 * AUTH signed by the client's identity over `authMessage(nonce, gatewayIdentity)` within the
 * timeout, or AUTH_FAIL and close. One live connection per identity: a new authenticated one
 * replaces the old. Counts `clients.*`.
 * @throws {MixnetError} `mixnet.port_in_use`
 */
export async function startClientServer(options: ClientServerOptions): Promise<ClientServer> {
  const { counters, crypto, gatewayIdentity } = options;
  const sessions = new Map<string, WebSocket>();
  const http = createServer((_request, response) => {
    response.writeHead(426, { 'content-type': 'text/plain' }).end('websocket only\n');
  });
  http.maxConnections = options.maxConnections ?? 10_000;
  const wss = new WebSocketServer({
    server: http,
    maxPayload: 1 + ADDRESS_LENGTH + PACKET_LENGTH,
    perMessageDeflate: false,
  });

  wss.on('connection', (ws) => {
    counters.add('clients.connections');
    const nonce = options.rng(32);
    let identity: string | undefined;
    let failed = false;
    const fail = (reason: string) => {
      failed = true;
      clearTimeout(timer);
      counters.add('clients.auth_failed');
      ws.send(encodeGatewayFrame({ type: 'authFail', reason }));
      ws.close(CLOSE_AUTH_FAILED, 'authentication failed');
    };
    const timer = setTimeout(
      () => fail('authentication timed out'),
      options.authTimeoutMs ?? 10_000,
    );
    ws.send(encodeGatewayFrame({ type: 'challenge', nonce, gateway: gatewayIdentity }));

    ws.on('message', (data, isBinary) => {
      if (failed) return;
      const frame = isBinary ? decodeGatewayFrame(toBytes(data)) : undefined;
      if (identity === undefined) {
        if (frame?.type !== 'auth') return fail('expected AUTH');
        const message = authMessage(nonce, gatewayIdentity);
        if (!crypto.ed25519.verify(frame.identity, message, frame.signature)) {
          return fail('bad signature');
        }
        clearTimeout(timer);
        identity = encodeBase58(frame.identity);
        const previous = sessions.get(identity);
        if (previous) previous.close(CLOSE_REPLACED, 'replaced by a newer connection');
        sessions.set(identity, ws);
        counters.add('clients.authenticated');
        ws.send(encodeGatewayFrame({ type: 'authOk' }));
        for (const waiting of options.onAuthenticated(identity)) ws.send(waiting);
        return;
      }
      if (frame?.type !== 'send') {
        counters.add('clients.bad_frame');
        return ws.close(CLOSE_BAD_FRAME, 'unexpected frame');
      }
      counters.add('clients.sent');
      options.onSend(frame.firstHop, frame.packet, identity);
    });
    ws.on('error', () => counters.add('clients.error'));
    ws.on('close', () => {
      clearTimeout(timer);
      if (identity !== undefined && sessions.get(identity) === ws) sessions.delete(identity);
    });
  });
  wss.on('error', () => counters.add('clients.error'));

  const port = await listen(http, options.host, options.port);
  const maxBuffered = options.maxBufferedBytes ?? 8 * 1024 * 1024;
  return {
    port,
    deliver(identity, frame) {
      const ws = sessions.get(identity);
      if (!ws || ws.readyState !== ws.OPEN) return 'offline';
      if (ws.bufferedAmount > maxBuffered) return 'backpressure';
      ws.send(frame);
      return 'sent';
    },
    async close() {
      for (const ws of wss.clients) ws.terminate();
      await closeServer(wss);
      http.closeAllConnections();
      await closeServer(http);
    },
  };
}
