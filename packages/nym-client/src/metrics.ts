import type { MixnetClientStats } from '@pastenym/mixnet';
import type { MetricFamily, MetricSample } from '@pastenym/nym-api';
import type { BackendCounters } from './mixnet-backend.js';

/**
 * The daemon's counters for `/metrics`: the mixnet client's (`MixnetClient.stats`, totals
 * since the start) and the API's (what the app asked for). Counts only; the drop reasons are
 * the only labels.
 */
export function daemonMetrics(stats: MixnetClientStats, api: BackendCounters): MetricFamily[] {
  const family = (
    type: 'counter' | 'gauge',
    name: string,
    help: string,
    samples: MetricSample[] | number,
  ): MetricFamily => ({
    name: `pastenym_nym_client_${name}`,
    help,
    type,
    samples: typeof samples === 'number' ? [{ value: samples }] : samples,
  });
  const counter = (name: string, help: string, samples: MetricSample[] | number) =>
    family('counter', name, help, samples);
  const gauge = (name: string, help: string, value: number) => family('gauge', name, help, value);
  return [
    counter('app_sends_total', 'Sends and replies the application asked for.', api.sent),
    counter(
      'app_sends_failed_total',
      'Sends and replies the mixnet client could not deliver.',
      api.failed,
    ),
    counter(
      'app_messages_received_total',
      'Messages from the mixnet handed to the application.',
      api.received,
    ),
    counter('packets_sent_total', 'Packets sent for the first time.', stats.sent),
    counter(
      'packets_retransmitted_total',
      'Packets sent again after their ack timed out.',
      stats.retransmitted,
    ),
    counter('cover_packets_total', 'Cover (loop) packets sent.', stats.cover),
    counter('packets_acked_total', 'Packets acknowledged.', stats.acked),
    counter(
      'messages_failed_total',
      'Messages that failed: not delivered, client closed, no reply blocks, or recipient given up.',
      stats.failed,
    ),
    counter(
      'recipients_given_up_total',
      'Recipients given up: they acknowledged nothing for too long.',
      stats.givenUp,
    ),
    gauge(
      'backlog_packets',
      'Packets not sent yet (queued, or waiting for reply blocks).',
      stats.backlog,
    ),
    gauge('in_flight_packets', 'Packets sent and awaiting their ack.', stats.inFlight),
    counter('messages_received_total', 'Messages received from the mixnet.', stats.messages),
    counter('acks_received_total', 'Acks received from the mixnet.', stats.acks),
    counter(
      'dropped_total',
      'Dropped: packets that arrived undecryptable or malformed, messages refused because the backlog was full.',
      Object.entries(stats.droppedBy).map(([reason, value]) => ({ labels: { reason }, value })),
    ),
  ];
}
