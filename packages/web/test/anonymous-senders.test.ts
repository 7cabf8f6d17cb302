// The anonymous-sender compliance suite against the page's two senders: the local mixnet's
// worker (its message protocol, with a stand-in worker that plays the mixnet client's part)
// and the Nym SDK (with a stand-in SDK). The worker's own client is the embedded mixnet client,
// which runs the suite in paste-protocol's tests.
import { arrivalQueue, describeAnonymousSender } from '@pastenym/paste-protocol/testing';
import { startLocalConnection, type WorkerLike } from '../src/net/local-connection.js';
import { startNymConnection } from '../src/net/nym-connection.js';
import type { NymSdkClient } from '../src/net/nym-sdk-types.js';
import type { FromWorker, ToWorker } from '../src/net/worker-protocol.js';

const FRAGMENT = 1602;
const SERVER = 'server.key@gateway';

/** Plays the worker: acks each fragment in turn, and hands incoming messages over in pieces. */
class RelayWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  readonly arrived = arrivalQueue();

  postMessage(message: ToWorker): void {
    queueMicrotask(() => this.#handle(message));
  }
  terminate(): void {}

  #handle(message: ToWorker): void {
    if (message.type === 'start') this.#emit({ type: 'state', state: 'connected', address: 'me' });
    if (message.type !== 'send') return;
    const total = Math.max(1, Math.ceil(message.data.byteLength / FRAGMENT));
    for (let acked = 1; acked <= total && total > 1; acked++) {
      this.#emit({ type: 'progress', id: message.id, acked, total });
    }
    this.#emit({ type: 'sent', id: message.id });
    this.arrived.push({
      data: new Uint8Array(message.data),
      replyBlocks: message.replyBlocks,
      reply: (bytes) => this.deliver(bytes, null),
    });
  }

  deliver(bytes: Uint8Array, senderTag: Uint8Array | null): Promise<void> {
    const total = Math.ceil(bytes.length / FRAGMENT);
    for (let received = 1; received < total; received++) {
      this.#emit({ type: 'receiving', received, total });
    }
    this.#emit({
      type: 'message',
      data: bytes.slice().buffer,
      senderTag: senderTag && senderTag.slice().buffer,
    });
    return Promise.resolve();
  }

  #emit(message: FromWorker): void {
    this.onmessage?.({ data: message } as MessageEvent);
  }
}

describeAnonymousSender('the local mixnet worker', () => {
  const worker = new RelayWorker();
  const connection = startLocalConnection(worker, { directoryKey: 'key' }, SERVER);
  return Promise.resolve({
    sender: connection.sender,
    recipient: SERVER,
    nextArrival: () => worker.arrived.next(),
    strangerWrites: (data: Uint8Array) => worker.deliver(data, Uint8Array.of(1, 2, 3)),
    reportsProgress: true,
    close: () => Promise.resolve(connection.close()),
  });
});

describeAnonymousSender('the Nym SDK', () => {
  const arrived = arrivalQueue();
  const handlers = new Set<(event: { args: { payload: Uint8Array } }) => void>();
  const deliver = (payload: Uint8Array) => {
    for (const handler of handlers) handler({ args: { payload } });
    return Promise.resolve();
  };
  const nym: NymSdkClient = {
    client: {
      start: () => Promise.resolve(),
      stop: () => Promise.resolve(),
      selfAddress: () => Promise.resolve('me'),
      rawSend: ({ payload, replySurbs }) => {
        arrived.push({ data: payload.slice(), replyBlocks: replySurbs, reply: deliver });
        return Promise.resolve();
      },
    },
    events: {
      subscribeToConnected: () => () => undefined,
      subscribeToRawMessageReceivedEvent: (handler) => {
        handlers.add(handler);
        return () => handlers.delete(handler);
      },
    },
  };
  const connection = startNymConnection({}, SERVER, () =>
    Promise.resolve({ createNymMixnetClient: () => Promise.resolve(nym) }),
  );
  return Promise.resolve({
    sender: connection.sender,
    recipient: SERVER,
    nextArrival: () => arrived.next(),
    // No stranger: the SDK tells no sender on raw messages, so all that arrives are replies.
    reportsProgress: false,
    close: () => Promise.resolve(connection.close()),
  });
});
