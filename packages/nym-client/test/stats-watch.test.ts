// The daemon's warnings (send backlog with hysteresis, recipients given up, sends refused) with
// an injected clock and interval, its counters as Prometheus text, and `run --metrics` refusals.
import { describe, expect, it } from 'vitest';
import type { MixnetClientStats } from '@pastenym/mixnet';
import { formatPrometheus } from '@pastenym/nym-api';
import { ManualClock } from '@pastenym/runtime/testing';
import {
  daemonMetrics,
  DEFAULT_BACKLOG_WARN_AT,
  runCli,
  STATS_CHECK_MS,
  watchMixnetStats,
} from '../src/index.js';

function stats(extra: Partial<MixnetClientStats> = {}): MixnetClientStats {
  return {
    sent: 0,
    retransmitted: 0,
    cover: 0,
    acked: 0,
    failed: 0,
    givenUp: 0,
    backlog: 0,
    inFlight: 0,
    pending: 0,
    messages: 0,
    acks: 0,
    dropped: 0,
    droppedBy: { undecryptable: 0, malformed: 0, backlog_full: 0 },
    ...extra,
  };
}

function setup(backlogWarnAt: number) {
  const lines: string[] = [];
  let current = stats();
  const clock = new ManualClock();
  const watch = watchMixnetStats({
    stats: () => current,
    backlogWarnAt,
    clock,
    warn: (line) => lines.push(line),
  });
  return {
    watch,
    lines,
    clock,
    set: (next: MixnetClientStats) => (current = next),
    /** The next look at the counters, `ms` later. */
    async after(ms: number, next: MixnetClientStats) {
      current = next;
      await clock.advance(ms);
    },
  };
}

describe('watchMixnetStats', () => {
  it('looks every few seconds and warns once when the send backlog passes the threshold', async () => {
    const t = setup(1000);
    expect([...t.clock.timers.values()].map((timer) => timer.at)).toEqual([STATS_CHECK_MS]);
    await t.after(5000, stats({ backlog: 999 }));
    expect(t.lines).toEqual([]);
    await t.after(5000, stats({ backlog: 1000, inFlight: 40 }));
    await t.after(5000, stats({ backlog: 3000 }));
    await t.after(5000, stats({ backlog: 1200 }));
    expect(t.lines).toEqual([
      'Warning: send backlog at 1000 packets (warns at 1000); 40 in flight awaiting their ack',
    ]);
    await t.after(5000, stats({ backlog: 500 }));
    expect(t.lines[1]).toBe('Send backlog cleared: 500 packets after 15 s (peak 3000)');
  });

  it('does not repeat while the backlog hovers around the threshold (hysteresis)', async () => {
    const t = setup(1000);
    for (const backlog of [1000, 900, 1100, 501, 1000, 999, 5000]) {
      await t.after(5000, stats({ backlog }));
    }
    expect(t.lines).toHaveLength(1);
    await t.after(5000, stats({ backlog: 0 }));
    await t.after(5000, stats({ backlog: 1000 }));
    expect(t.lines).toHaveLength(3);
    expect(t.lines[2]).toMatch(/^Warning: send backlog at 1000 packets/);
  });

  it('says how many recipients were given up and sends refused since the last look', async () => {
    const t = setup(DEFAULT_BACKLOG_WARN_AT);
    await t.after(5000, stats({ givenUp: 1, failed: 3 }));
    await t.after(5000, stats({ givenUp: 1, failed: 3 }));
    await t.after(
      5000,
      stats({
        givenUp: 4,
        droppedBy: { undecryptable: 2, malformed: 0, backlog_full: 2 },
      }),
    );
    expect(t.lines).toEqual([
      'Warning: gave up on 1 recipient that acknowledged nothing for too long (1 in all); their messages failed',
      'Warning: gave up on 3 recipients that acknowledged nothing for too long (4 in all); their messages failed',
      'Warning: refused 2 messages, the send backlog was full (2 in all)',
    ]);
    t.watch.stop();
    expect(t.clock.timers.size).toBe(0);
  });

  it('check() looks at once, between intervals', () => {
    const t = setup(10);
    t.set(stats({ backlog: 10 }));
    t.watch.check();
    expect(t.lines).toHaveLength(1);
    t.watch.check();
    expect(t.lines).toHaveLength(1);
  });
});

describe('daemonMetrics', () => {
  it('writes the mixnet client and API counters', () => {
    const text = formatPrometheus(
      daemonMetrics(
        stats({
          sent: 12,
          retransmitted: 2,
          givenUp: 1,
          backlog: 7,
          inFlight: 3,
          droppedBy: { undecryptable: 1, malformed: 0, backlog_full: 4 },
        }),
        { sent: 5, failed: 1, received: 2 },
      ),
    );
    for (const line of [
      '# TYPE pastenym_nym_client_packets_sent_total counter',
      'pastenym_nym_client_packets_sent_total 12',
      'pastenym_nym_client_packets_retransmitted_total 2',
      'pastenym_nym_client_recipients_given_up_total 1',
      '# TYPE pastenym_nym_client_backlog_packets gauge',
      'pastenym_nym_client_backlog_packets 7',
      'pastenym_nym_client_in_flight_packets 3',
      'pastenym_nym_client_dropped_total{reason="backlog_full"} 4',
      'pastenym_nym_client_dropped_total{reason="malformed"} 0',
      'pastenym_nym_client_dropped_total{reason="undecryptable"} 1',
      'pastenym_nym_client_app_sends_total 5',
      'pastenym_nym_client_app_sends_failed_total 1',
      'pastenym_nym_client_app_messages_received_total 2',
    ]) {
      expect(text).toContain(`${line}\n`);
    }
  });
});

describe('run --metrics', () => {
  const usage = (argv: string[]) =>
    runCli(argv, () => {}).then(
      () => undefined,
      (error: unknown) => (error as { code?: string; message: string }) ?? undefined,
    );

  it('refuses a non-loopback address without --metrics-remote, and a malformed one', async () => {
    expect(await usage(['run', '--id', 'x', '--metrics', '0.0.0.0:9464'])).toMatchObject({
      code: 'nym_client.usage',
      message: expect.stringContaining('loopback') as unknown,
    });
    expect(await usage(['run', '--id', 'x', '--metrics', 'nope'])).toMatchObject({
      code: 'nym_client.usage',
    });
    expect(await usage(['run', '--id', 'x', '--backlog-warn', '0'])).toMatchObject({
      code: 'nym_client.usage',
    });
  });
});
