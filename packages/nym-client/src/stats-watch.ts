import type { MixnetClientStats } from '@pastenym/mixnet';
import { ThresholdAlarm } from '@pastenym/nym-api';
import { every, type Clock } from '@pastenym/runtime';

/** What {@link watchMixnetStats} needs; the clock and the interval are injected. */
export interface StatsWatchOptions {
  /** The mixnet client's counters now (`MixnetClient.stats`). */
  readonly stats: () => MixnetClientStats;
  /** Packets waiting to be sent at which it warns; again only after the backlog fell to half. */
  readonly backlogWarnAt: number;
  readonly clock: Clock;
  /** Where the lines go (the daemon: stderr). Counts only, never addresses. */
  readonly warn: (line: string) => void;
  /** Between two looks at the counters (default {@link STATS_CHECK_MS}). */
  readonly intervalMs?: number;
}

/** A running {@link watchMixnetStats}. */
export interface StatsWatch {
  /** Looks at the counters now (also done every interval). */
  check(): void;
  stop(): void;
}

/** Default pause between two looks at the mixnet client's counters. */
export const STATS_CHECK_MS = 5_000;

/** Default send backlog, in packets, at which the daemon warns (a quarter of the client's default cap). */
export const DEFAULT_BACKLOG_WARN_AT = 10_000;

/**
 * Watches the mixnet client's counters and says, with counts only:
 * - when the send backlog reaches `backlogWarnAt` packets, once per crossing, and when it is
 *   back at half of that (cleared, with the peak and how long it lasted);
 * - when recipients were given up since the last look (their messages failed);
 * - when messages were refused because the backlog was full.
 * @example
 * const watch = watchMixnetStats({ stats: () => client.stats, backlogWarnAt: 10_000, clock: backgroundClock, warn: console.error });
 */
export function watchMixnetStats(options: StatsWatchOptions): StatsWatch {
  const alarm = new ThresholdAlarm({ raiseAt: options.backlogWarnAt });
  let last = options.stats();
  const check = () => {
    const now = options.stats();
    const change = alarm.observe(now.backlog, options.clock.now());
    if (change?.kind === 'raised') {
      options.warn(
        `Warning: send backlog at ${now.backlog} packets (warns at ${alarm.raiseAt}); ` +
          `${now.inFlight} in flight awaiting their ack`,
      );
    } else if (change?.kind === 'cleared') {
      options.warn(
        `Send backlog cleared: ${now.backlog} packets after ${Math.round(change.durationMs / 1000)} s ` +
          `(peak ${change.peak})`,
      );
    }
    const givenUp = now.givenUp - last.givenUp;
    if (givenUp > 0) {
      options.warn(
        `Warning: gave up on ${plural(givenUp, 'recipient')} that acknowledged nothing for too ` +
          `long (${now.givenUp} in all); their messages failed`,
      );
    }
    const refused = now.droppedBy.backlog_full - last.droppedBy.backlog_full;
    if (refused > 0) {
      options.warn(
        `Warning: refused ${plural(refused, 'message')}, the send backlog was full ` +
          `(${now.droppedBy.backlog_full} in all)`,
      );
    }
    last = now;
  };
  return { check, stop: every(options.clock, options.intervalMs ?? STATS_CHECK_MS, check) };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
