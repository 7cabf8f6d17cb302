// The local mixnet client, in a Web Worker: Sphinx packets, acks, retransmissions and cover
// traffic run off the page's thread. The page drives it with the messages of worker-protocol.ts.
import '../jitless.js';
import { createBrowserCrypto } from '@pastenym/crypto/browser';
import { MixnetClient, generateClientKeys, type WebSocketLike } from '@pastenym/mixnet';
import {
  isToWorker,
  ownBuffer,
  type FromWorker,
  type LocalStartOptions,
} from './worker-protocol.js';
import { topologyFetch } from './topology-source.js';

/** The parts of the worker's global scope used here (the DOM lib describes a window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  close(): void;
}

const scope = globalThis as unknown as WorkerScope;

let client: MixnetClient | undefined;

function post(message: FromWorker, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

function errorInfo(error: unknown): { code: string; message: string } {
  const code = (error as { code?: unknown } | null)?.code;
  return {
    code: typeof code === 'string' ? code : 'unknown',
    message: error instanceof Error ? error.message : 'unknown error',
  };
}

async function start(options: LocalStartOptions): Promise<void> {
  if (client) return;
  const crypto = createBrowserCrypto();
  post({ type: 'state', state: 'connecting' });
  let started: MixnetClient | undefined;
  try {
    started = await MixnetClient.start({
      crypto,
      keys: generateClientKeys(crypto),
      // With the topology in the page's config, the URL is never fetched (see topologyFetch).
      directoryUrl: options.directoryUrl ?? 'http://topology.invalid/',
      directoryKey: options.directoryKey,
      ...(options.gateway ? { gateway: options.gateway } : {}),
      connect: (url) => new WebSocket(url) as unknown as WebSocketLike,
      fetch: topologyFetch(options),
      topologyRefreshMs: 60_000,
      onStateChange: (state) => {
        if (started) post({ type: 'state', state, address: started.address });
      },
    });
  } catch (error) {
    post({ type: 'failed', ...errorInfo(error) });
    return;
  }
  client = started;
  client.onMessage(({ data, senderTag }) => {
    const buffer = ownBuffer(data);
    post({ type: 'message', data: buffer, senderTag: senderTag && ownBuffer(senderTag) }, [buffer]);
  });
  const receiving = inPercentSteps(({ done, total }) =>
    post({ type: 'receiving', received: done, total }),
  );
  client.onReceiving(({ received, total }) => receiving({ done: received, total }));
  post({ type: 'state', state: 'connected', address: client.address });
}

function send(id: number, recipient: string, data: Uint8Array, replyBlocks: number): void {
  const active = client;
  if (!active) {
    post({ type: 'send_failed', id, code: 'mixnet.not_connected', message: 'not connected' });
    return;
  }
  const onProgress = inPercentSteps(({ done, total }) =>
    post({ type: 'progress', id, acked: done, total }),
  );
  active
    .sendAnonymous(recipient, data, replyBlocks, {
      onProgress: ({ acked, total }) => onProgress({ done: acked, total }),
    })
    .then(
      () => post({ type: 'sent', id }),
      (error: unknown) => post({ type: 'send_failed', id, ...errorInfo(error) }),
    );
}

/**
 * Passes on progress of messages of several fragments, at most once per percent: a 10 MB paste
 * is thousands of fragments, and the page needs no message per fragment.
 */
function inPercentSteps(
  report: (progress: { done: number; total: number }) => void,
): (progress: { done: number; total: number }) => void {
  return ({ done, total }) => {
    if (total < 2) return;
    const step = Math.max(1, Math.floor(total / 100));
    if (done % step === 0 || done === total) report({ done, total });
  };
}

scope.onmessage = (event: MessageEvent) => {
  const message: unknown = event.data;
  if (!isToWorker(message)) return;
  switch (message.type) {
    case 'start':
      void start(message.options);
      break;
    case 'send':
      send(message.id, message.recipient, new Uint8Array(message.data), message.replyBlocks);
      break;
    case 'stop':
      client?.close();
      scope.close();
      break;
  }
};
