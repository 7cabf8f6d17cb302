import WebSocket from 'ws';
import type { ApiSocket, ApiSocketHandlers, OpenSocket } from '../client/socket.js';
import { frameFromWs, wsPayload } from './frames.js';

/** Options of {@link nodeOpenSocket}. */
export interface NodeSocketOptions {
  /** Largest message accepted from the nym-client. Default 64 MiB (the real client's limit). */
  maxPayload?: number;
}

/**
 * Opens websockets with the `ws` package, for {@link NymApiClient}.
 * @example new NymApiClient({ url, openSocket: nodeOpenSocket(), clock: systemClock, random: Math.random })
 */
export function nodeOpenSocket(options: NodeSocketOptions = {}): OpenSocket {
  return (url: string, handlers: ApiSocketHandlers): ApiSocket => {
    const ws = new WebSocket(url, { maxPayload: options.maxPayload ?? 64 * 1024 * 1024 });
    let cause: Error | undefined;
    ws.on('open', () => handlers.open());
    ws.on('message', (data, isBinary) => handlers.frame(frameFromWs(data, isBinary)));
    // `ws` always follows an error with `close`; keep the error as the cause.
    ws.on('error', (error) => (cause ??= error));
    ws.on('close', () => handlers.close(cause));
    return {
      send: (frame) => ws.send(wsPayload(frame)),
      close: () => ws.close(),
    };
  };
}
