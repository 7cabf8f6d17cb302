import { Recipient, type ApiBackend, type ReceivedListener } from '@pastenym/nym-api';
import type { MixnetClient } from '@pastenym/mixnet';

/** Counters of what the daemon did (no contents, no addresses). */
export interface BackendCounters {
  sent: number;
  failed: number;
  received: number;
}

/**
 * The nym-client API's backend over this project's mixnet client. Sends are fire and forget,
 * as with the real client: the app gets no answer unless it asked for a lane's queue length.
 */
export function mixnetBackend(client: MixnetClient, counters: BackendCounters): ApiBackend {
  const settle = (promise: Promise<void>) => {
    counters.sent++;
    promise.catch(() => counters.failed++);
  };
  return {
    selfAddress: () => Recipient.parse(client.address),
    send: (recipient, message) => settle(client.send(recipient.toString(), message)),
    sendAnonymous: (recipient, message, replySurbs) =>
      settle(client.sendAnonymous(recipient.toString(), message, replySurbs)),
    reply: (senderTag, message) => settle(client.reply(senderTag, message)),
    onReceived(listener: ReceivedListener) {
      return client.onMessage(({ data, senderTag }) => {
        counters.received++;
        listener(data, senderTag);
      });
    },
    laneQueueLength: () => client.stats.pending,
  };
}
