// The local mixnet client, in a Web Worker: Sphinx packets, acks, retransmissions and cover
// traffic run off the page's thread. The page drives it with the messages of worker-protocol.ts.
import '../jitless.js';
import { createBrowserCrypto } from '@pastenym/crypto/browser';
import {
  FRAGMENT_DATA_LENGTH,
  MixnetClient,
  generateClientKeys,
  type WebSocketLike,
} from '@pastenym/mixnet';
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
/** Messages below this size go out in a few packets: no progress reports for them. */
const PROGRESS_THRESHOLD = 32 * 1024;
/** Upper bound on the bytes reply blocks and the envelope add to a message. */
const SURB_OVERHEAD = 600;

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
  client.onMessage(({ data }) => {
    const buffer = ownBuffer(data);
    post({ type: 'message', data: buffer }, [buffer]);
  });
  post({ type: 'state', state: 'connected', address: client.address });
}

function send(id: number, recipient: string, data: Uint8Array, replySurbs: number): void {
  const active = client;
  if (!active) {
    post({ type: 'send_failed', id, code: 'mixnet.not_connected', message: 'not connected' });
    return;
  }
  let timer: ReturnType<typeof setInterval> | undefined;
  if (data.length >= PROGRESS_THRESHOLD) {
    // The client reports acks, not per-message progress: count the acks since this send began.
    const total = Math.ceil((data.length + replySurbs * SURB_OVERHEAD) / FRAGMENT_DATA_LENGTH);
    const ackedBefore = active.stats.acked;
    timer = setInterval(() => {
      const acked = Math.min(total - 1, active.stats.acked - ackedBefore);
      post({ type: 'progress', id, acked: Math.max(0, acked), total });
    }, 250);
  }
  active
    .sendAnonymous(recipient, data, replySurbs)
    .then(
      () => post({ type: 'sent', id }),
      (error: unknown) => post({ type: 'send_failed', id, ...errorInfo(error) }),
    )
    .finally(() => clearInterval(timer));
}

scope.onmessage = (event: MessageEvent) => {
  const message: unknown = event.data;
  if (!isToWorker(message)) return;
  switch (message.type) {
    case 'start':
      void start(message.options);
      break;
    case 'send':
      send(message.id, message.recipient, new Uint8Array(message.data), message.replySurbs);
      break;
    case 'stop':
      client?.close();
      scope.close();
      break;
  }
};
