import WebSocket from 'ws';
import type { WebSocketLike } from '../client/gateway-session.js';

/**
 * Opens websockets with the `ws` package, which has the browser WebSocket's event API: the
 * `connect` of a {@link MixnetClient} in Node.
 * @example await MixnetClient.start({ crypto, keys, directoryUrl, directoryKey, connect: nodeWebSocket });
 */
export const nodeWebSocket = (url: string): WebSocketLike =>
  new WebSocket(url) as unknown as WebSocketLike;
