import { encodeResponseFrame } from '../codec/frames.js';
import type { Frame, FrameMode, ServerResponse } from '../codec/types.js';
import type { ApiBackend } from './backend.js';
import { executeRequest } from './execute.js';

/** One application's connection to the server core. */
export interface ApiConnection {
  /** Handles one frame from the application; resolves once its answer (if any) is sent. */
  handle(frame: Frame): Promise<void>;
  /** The application is gone: later messages are buffered for the next one. */
  detach(): void;
}

/** Options of {@link ApiServerCore}. */
export interface ApiServerCoreOptions {
  /** Messages kept while no application is connected; older ones are dropped. Default 10 000. */
  maxBufferedMessages?: number;
}

type Received = Extract<ServerResponse, { type: 'received' }>;

/**
 * The server side of the nym-client websocket API as a pure state machine: one application
 * at a time, answers in the frame type of the last request (binary before any), error replies
 * for bad frames (the connection stays usable), received messages buffered while no
 * application is connected and flushed to the next one. Transport-agnostic: the Node adapter
 * feeds it frames and writes out what it sends.
 *
 * @example
 * const core = new ApiServerCore(backend);
 * const connection = core.attach((frame) => socket.send(frame));
 * await connection?.handle({ type: 'binary', bytes: Uint8Array.of(3) }); // answers selfAddress
 */
export class ApiServerCore {
  private current: { send: (frame: Frame) => void; mode: FrameMode } | null = null;
  private readonly buffer: Received[] = [];
  private droppedCount = 0;
  private readonly maxBuffered: number;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly backend: ApiBackend,
    options: ApiServerCoreOptions = {},
  ) {
    this.maxBuffered = options.maxBufferedMessages ?? 10_000;
    this.unsubscribe = backend.onReceived((message, senderTag) => {
      this.deliver({ type: 'received', message, senderTag });
    });
  }

  /** True while an application is attached. */
  get connected(): boolean {
    return this.current !== null;
  }

  /** Messages waiting for an application, and messages dropped because the buffer was full. */
  stats(): { buffered: number; dropped: number } {
    return { buffered: this.buffer.length, dropped: this.droppedCount };
  }

  /**
   * Attaches an application; null when one is already attached (the real client refuses a
   * second connection). Flushes buffered messages to it at once, as binary frames.
   */
  attach(send: (frame: Frame) => void): ApiConnection | null {
    if (this.current !== null) return null;
    const state = { send, mode: 'binary' as FrameMode };
    this.current = state;
    for (const message of this.buffer.splice(0)) send(encodeResponseFrame(message, state.mode));
    let queue = Promise.resolve();
    const live = () => this.current === state;
    return {
      handle: (frame) => {
        // One request at a time, in arrival order, like the real client's handler loop.
        const done = queue.then(async () => {
          if (!live()) return;
          state.mode = frame.type;
          const response = await executeRequest(this.backend, frame);
          if (response !== null && live()) state.send(encodeResponseFrame(response, frame.type));
        });
        // A failed write must not stall later frames; the caller still sees the failure.
        queue = done.catch(() => undefined);
        return done;
      },
      detach: () => {
        if (live()) this.current = null;
      },
    };
  }

  /** Stops listening to the backend. */
  close(): void {
    this.unsubscribe();
    this.current = null;
  }

  private deliver(message: Received): void {
    if (this.current !== null) {
      this.current.send(encodeResponseFrame(message, this.current.mode));
      return;
    }
    this.buffer.push(message);
    if (this.buffer.length > this.maxBuffered) {
      this.buffer.shift();
      this.droppedCount++;
    }
  }
}
