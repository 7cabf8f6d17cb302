import { describe, expect, it } from 'vitest';
import type { ReceivedMessage } from '@pastenym/mixnet';
import { mixnetClientTransport } from '../src/chaos/embedded-client.js';

describe('mixnetClientTransport', () => {
  it('sends anonymously with reply blocks and passes on replies only', async () => {
    const sent: [string, Uint8Array, number][] = [];
    let deliver: (message: ReceivedMessage) => void = () => undefined;
    const transport = mixnetClientTransport(
      {
        sendAnonymous: (recipient, data, surbs) => {
          sent.push([recipient, data, surbs]);
          return Promise.resolve();
        },
        onMessage: (listener) => {
          deliver = listener;
          return () => (deliver = () => undefined);
        },
      },
      'server-address',
    );
    await transport.send(Uint8Array.of(1, 2));
    expect(sent).toEqual([['server-address', Uint8Array.of(1, 2), 20]]);
    const received: Uint8Array[] = [];
    const unsubscribe = transport.onMessage((bytes) => received.push(bytes));
    deliver({ data: Uint8Array.of(3), senderTag: null });
    deliver({ data: Uint8Array.of(4), senderTag: Uint8Array.of(9) }); // someone writing to us
    unsubscribe();
    deliver({ data: Uint8Array.of(5), senderTag: null });
    expect(received).toEqual([Uint8Array.of(3)]);
  });
});
