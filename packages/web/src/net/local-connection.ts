import type { AnonymousSender } from '@pastenym/paste-protocol';
import { WebError, type WebErrorCode } from '../errors.js';
import { ConnectionCore, type ConnectionState, type MixnetConnection } from './connection.js';
import {
  isFromWorker,
  type FromWorker,
  type LocalStartOptions,
  type ToWorker,
} from './worker-protocol.js';

type SendAnonymous = AnonymousSender['sendAnonymous'];

/** A send the worker has not settled yet. */
interface PendingSend {
  readonly resolve: () => void;
  readonly reject: (error: Error) => void;
  readonly onProgress?: (progress: { acked: number; total: number }) => void;
}

/** The worker's failure of a send, its mixnet code kept (`mixnet.recipient_unreachable`, …). */
function sendFailed(code: string, message: string): WebError {
  return new WebError('web.send_failed', message, { cause: { code } });
}

/** A started worker, or a stand-in in tests. */
export interface WorkerLike {
  postMessage(message: ToWorker, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
  terminate(): void;
}

/** Starts the module worker Vite builds from local-worker.ts. */
export function spawnMixnetWorker(): WorkerLike {
  return new Worker(new URL('./local-worker.ts', import.meta.url), {
    type: 'module',
    name: 'mixnet',
  }) as WorkerLike;
}

/**
 * The local mixnet, through the client core running in a Web Worker. Sends resolve when every
 * packet of the message was acknowledged; replies arrive as transport messages.
 * @example const connection = startLocalConnection(spawnMixnetWorker(), options, serverAddress);
 */
export function startLocalConnection(
  worker: WorkerLike,
  options: LocalStartOptions,
  serverAddress: string,
): MixnetConnection {
  const core = new ConnectionCore();
  const { state } = core;
  const pending = new Map<number, PendingSend>();
  let nextId = 1;

  /** The connection is over: its state says why, and every unsettled send fails with `code`. */
  const fail = (code: WebErrorCode, message: string) => {
    state.set({ kind: 'failed', message });
    for (const { reject } of pending.values()) reject(new WebError(code, message));
    pending.clear();
  };
  const receive = (message: FromWorker) => {
    switch (message.type) {
      case 'state': {
        const current = state.get();
        const known = 'address' in current ? current.address : message.address;
        if (message.state === 'connected' && message.address) {
          state.set({ kind: 'connected', address: message.address });
        } else if (known) state.set({ kind: 'reconnecting', address: known });
        else state.set({ kind: 'connecting' });
        break;
      }
      case 'failed':
        fail('web.network_unavailable', message.message);
        break;
      case 'sent':
        pending.get(message.id)?.resolve();
        pending.delete(message.id);
        break;
      case 'send_failed':
        pending.get(message.id)?.reject(sendFailed(message.code, message.message));
        pending.delete(message.id);
        break;
      case 'progress':
        pending.get(message.id)?.onProgress?.({ acked: message.acked, total: message.total });
        break;
      case 'receiving':
        core.receiving({ received: message.received, total: message.total });
        break;
      case 'message': {
        const { senderTag } = message;
        core.deliver({
          data: new Uint8Array(message.data),
          senderTag: senderTag && new Uint8Array(senderTag),
        });
        break;
      }
    }
  };
  worker.onmessage = (event) => {
    if (isFromWorker(event.data)) receive(event.data);
  };
  worker.onerror = () => fail('web.network_unavailable', 'the mixnet worker stopped');
  worker.postMessage({ type: 'start', options });

  /** Requests made while the client is still connecting wait for it (or fail with it). */
  const connected = () =>
    new Promise<void>((resolve, reject) => {
      const check = (current: ConnectionState) => {
        if (current.kind === 'failed')
          reject(new WebError('web.not_connected', 'not connected to the mixnet'));
        else if (current.kind !== 'connecting') resolve();
        else return false;
        return true;
      };
      if (check(state.get())) return;
      const unsubscribe = state.subscribe((current) => {
        if (check(current)) unsubscribe();
      });
    });

  const sendAnonymous: SendAnonymous = async (recipient, bytes, replyBlocks, options = {}) => {
    await connected();
    const id = nextId++;
    // A copy of our own to transfer: the caller keeps its bytes.
    const data = bytes.slice().buffer;
    return new Promise<void>((resolve, reject) => {
      pending.set(id, { resolve, reject, ...options });
      worker.postMessage({ type: 'send', id, recipient, data, replyBlocks }, [data]);
    });
  };
  return core.expose('local', serverAddress, {
    sendAnonymous,
    close: () => {
      worker.postMessage({ type: 'stop' });
      fail('web.not_connected', 'closed');
    },
    seesFragments: true,
  });
}
