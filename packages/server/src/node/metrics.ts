import {
  ThresholdAlarm,
  type MetricFamily,
  type MetricSample,
  type NymApiClientEvent,
} from '@pastenym/nym-api';
import { every, type Clock } from '@pastenym/runtime';
import type { ServiceEvent } from '../service/events.js';
import type { RequestPumpStats } from '../transport/request-pump.js';
import type { Logger } from './logger.js';

/**
 * Totals since the start, for `/metrics`: they only go up (the log's periodic summary counts
 * since its last flush instead). Counts and labels from fixed sets only: protocol, operation,
 * outcome, error codes and drop reasons; never ids, tags or addresses.
 */
export class ServerMetrics {
  readonly #requests = new Map<string, { labels: Record<string, string>; value: number }>();
  readonly #storageFailures = new Map<string, number>();
  #connected = false;
  #reconnects = 0;
  #backlogWarnings = 0;

  /** Counts one request the service answered (or ignored). */
  record(event: ServiceEvent): void {
    const key = `${event.protocol}\n${event.op}\n${event.outcome}`;
    const entry = this.#requests.get(key);
    if (entry !== undefined) entry.value++;
    else {
      const labels = { protocol: event.protocol, op: event.op, outcome: event.outcome };
      this.#requests.set(key, { labels, value: 1 });
    }
    if (event.storageError !== undefined) {
      const code = event.storageError;
      this.#storageFailures.set(code, (this.#storageFailures.get(code) ?? 0) + 1);
    }
  }

  /** Follows the nym-client connection: up or down, and reconnection attempts. */
  clientEvent(event: NymApiClientEvent): void {
    if (event.type === 'connected') this.#connected = true;
    else if (event.type === 'disconnected' || event.type === 'closed') this.#connected = false;
    else if (event.type === 'reconnecting') this.#reconnects++;
  }

  /** The connection is open (for the state before the first event seen). */
  set connected(value: boolean) {
    this.#connected = value;
  }

  /** The backlog warning went off once more. */
  backlogWarned(): void {
    this.#backlogWarnings++;
  }

  /** Every metric now, with the request pump's counts (zero before it exists). */
  collect(pump: RequestPumpStats | undefined): MetricFamily[] {
    const p = pump ?? EMPTY_PUMP;
    const counter = (name: string, help: string, samples: MetricSample[]): MetricFamily => ({
      name: `pastenym_server_${name}`,
      help,
      type: 'counter',
      samples,
    });
    const gauge = (name: string, help: string, samples: MetricSample[]): MetricFamily => ({
      name: `pastenym_server_${name}`,
      help,
      type: 'gauge',
      samples,
    });
    return [
      counter(
        'requests_total',
        'Requests the service answered or ignored, by protocol (v3, v2, other), operation and outcome.',
        [...this.#requests.values()].map(({ labels, value }) => ({ labels, value })),
      ),
      counter(
        'storage_failures_total',
        'Requests whose outcome a storage failure caused, by storage error code.',
        [...this.#storageFailures].map(([code, value]) => ({ labels: { code }, value })),
      ),
      counter('messages_received_total', 'Messages received from the nym-client.', [
        { value: p.received },
      ]),
      counter(
        'messages_dropped_total',
        'Messages not handled, by reason: queue_full, bytes_full, stopping, or untagged (no sender tag, so nobody to answer).',
        [
          { labels: { reason: 'queue_full' }, value: p.droppedBy.queue_full },
          { labels: { reason: 'bytes_full' }, value: p.droppedBy.bytes_full },
          { labels: { reason: 'stopping' }, value: p.droppedBy.stopping },
          { labels: { reason: 'untagged' }, value: p.untagged },
        ],
      ),
      counter(
        'replies_total',
        'Replies handed to the nym-client (sent) or refused by it (failed: the sender will time out).',
        [
          { labels: { outcome: 'sent' }, value: p.replied },
          { labels: { outcome: 'failed' }, value: p.replyFailures },
        ],
      ),
      gauge(
        'backlog_requests',
        'Requests taken and not answered yet: waiting in the queue, or in progress.',
        [
          { labels: { state: 'queued' }, value: p.queued },
          { labels: { state: 'in_progress' }, value: p.inFlight },
        ],
      ),
      counter(
        'backlog_warnings_total',
        'Times the queue reached the warning threshold (half of --max-queued).',
        [{ value: this.#backlogWarnings }],
      ),
      gauge('nym_client_connected', 'Whether the nym-client connection is open (1) or not (0).', [
        { value: this.#connected ? 1 : 0 },
      ]),
      counter(
        'nym_client_reconnects_total',
        'Attempts to reconnect to the nym-client after losing it.',
        [{ value: this.#reconnects }],
      ),
    ];
  }
}

/** A request pump's counts before its first request. */
export const EMPTY_PUMP: RequestPumpStats = {
  received: 0,
  untagged: 0,
  dropped: 0,
  droppedBy: { queue_full: 0, bytes_full: 0, stopping: 0 },
  handled: 0,
  unanswered: 0,
  replied: 0,
  replyFailures: 0,
  queued: 0,
  inFlight: 0,
};

/** What {@link watchBacklog} needs; the clock and the interval are injected. */
export interface BacklogWatchOptions {
  readonly logger: Logger;
  /** The pump's counts now. */
  readonly stats: () => RequestPumpStats;
  /** Queued requests at which it warns; it warns again only after the queue fell to half. */
  readonly warnAt: number;
  readonly clock: Clock;
  /** Told each time the warning goes off (for the metrics). */
  readonly onWarning?: () => void;
}

/** A running {@link watchBacklog}. */
export interface BacklogWatch {
  /** Looks at the queue now (also done every 5 s). */
  check(): void;
  stop(): void;
}

/** How often the queue is looked at besides each received message. */
export const BACKLOG_CHECK_MS = 5_000;

/**
 * Warns in the log, with counts only, when the request queue reaches `warnAt`: once per
 * crossing, not again until it fell back to half of `warnAt`, which is logged as cleared (with
 * the peak, the duration and the drops meanwhile). Checked at each received message (call
 * `check`) and every {@link BACKLOG_CHECK_MS}, which sees the queue drain when nothing arrives.
 */
export function watchBacklog(options: BacklogWatchOptions): BacklogWatch {
  const { logger } = options;
  const alarm = new ThresholdAlarm({ raiseAt: options.warnAt });
  let droppedAtRaise = 0;
  const check = () => {
    const stats = options.stats();
    const change = alarm.observe(stats.queued, options.clock.now());
    if (change?.kind === 'raised') {
      droppedAtRaise = stats.dropped;
      options.onWarning?.();
      logger.warn(
        { queued: stats.queued, inProgress: stats.inFlight, threshold: alarm.raiseAt },
        'request backlog over its threshold',
      );
    } else if (change?.kind === 'cleared') {
      logger.info(
        {
          queued: stats.queued,
          peak: change.peak,
          seconds: Math.round(change.durationMs / 1000),
          dropped: stats.dropped - droppedAtRaise,
        },
        'request backlog cleared',
      );
    }
  };
  return { check, stop: every(options.clock, BACKLOG_CHECK_MS, check) };
}
