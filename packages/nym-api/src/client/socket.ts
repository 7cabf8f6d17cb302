import type { Frame } from '../codec/types.js';

/** What a websocket reports to the client core. */
export interface ApiSocketHandlers {
  /** The handshake completed. */
  open(): void;
  /** A text or binary data frame arrived (ping, pong and close frames are not reported). */
  frame(frame: Frame): void;
  /** The socket is closed, whether it was ever open or not; always the last call. */
  close(cause?: Error): void;
}

/** A websocket as the client core needs it, so that the core runs on any platform. */
export interface ApiSocket {
  /** Writes one frame; throws when the socket is not open. */
  send(frame: Frame): void;
  /** Starts closing; `close` of the handlers follows. */
  close(): void;
}

/** Opens a websocket to `url`; Node's adapter lives in `@pastenym/nym-api/node`. */
export type OpenSocket = (url: string, handlers: ApiSocketHandlers) => ApiSocket;
