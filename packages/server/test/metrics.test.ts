// Operators' view: `--metrics` (configuration, the counters, `/metrics` over 127.0.0.1 through
// the real server) and the backlog warning, with an injected clock and interval.
import { describe, expect, it } from 'vitest';
import { formatPrometheus } from '@pastenym/nym-api';
import { ManualClock } from '@pastenym/runtime/testing';
import { ServerError, type RequestPumpStats } from '../src/index.js';
import {
  BACKLOG_CHECK_MS,
  createLogger,
  parseConfig,
  ServerMetrics,
  watchBacklog,
} from '../src/node/index.js';
import { EMPTY_PUMP } from '../src/node/metrics.js';
import { userClient } from './helpers/network.js';
import { LogSink, useServerOnNetwork } from './helpers/server.js';

const startServer = useServerOnNetwork();

function pumpStats(queued: number, extra: Partial<RequestPumpStats> = {}): RequestPumpStats {
  return { ...EMPTY_PUMP, queued, ...extra };
}

function sampleLines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
}

/** The value of one sample line, e.g. `pastenym_server_replies_total{outcome="sent"}`. */
function valueOf(text: string, sample: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${sample} `));
  if (line === undefined) return NaN;
  return Number(line.slice(sample.length + 1));
}

describe('--metrics', () => {
  const parse = (argv: string[], env: Record<string, string> = {}) => {
    const request = parseConfig(argv, env);
    if (request.kind !== 'run') throw new Error('expected a configuration');
    return request.config;
  };
  const refusal = (argv: string[]): ServerError => {
    try {
      parseConfig(argv, {});
    } catch (error) {
      expect(error).toBeInstanceOf(ServerError);
      return error as ServerError;
    }
    throw new Error('expected a refusal');
  };

  it('is off by default, and takes HOST:PORT from the flag or PASTENYM_SERVER_METRICS', () => {
    expect(parse([]).metrics).toBeUndefined();
    expect(parse([]).metricsRemote).toBe(false);
    expect(parse(['--metrics', '127.0.0.1:9464']).metrics).toEqual({
      host: '127.0.0.1',
      port: 9464,
    });
    expect(parse([], { PASTENYM_SERVER_METRICS: '[::1]:9000' }).metrics).toEqual({
      host: '::1',
      port: 9000,
    });
    expect(parse([], { PASTENYM_SERVER_METRICS: '' }).metrics).toBeUndefined();
  });

  it('refuses a non-loopback address unless --metrics-remote on, and bad values by key only', () => {
    const message = refusal(['--metrics', '0.0.0.0:9464']).message;
    expect(message).toContain('--metrics');
    expect(message).toContain('loopback');
    expect(message).not.toContain('0.0.0.0');
    expect(parse(['--metrics', '0.0.0.0:9464', '--metrics-remote', 'on']).metrics).toEqual({
      host: '0.0.0.0',
      port: 9464,
    });
    const bad = refusal(['--metrics', 'secret-host']).message;
    expect(bad).toContain('--metrics (PASTENYM_SERVER_METRICS)');
    expect(bad).not.toContain('secret-host');
  });
});

describe('ServerMetrics', () => {
  it('keeps totals by protocol, operation and outcome that only go up', () => {
    const metrics = new ServerMetrics();
    metrics.record({ protocol: 'v3', op: 'get', outcome: 'ok' });
    metrics.record({ protocol: 'v3', op: 'get', outcome: 'ok' });
    metrics.record({ protocol: 'v2', op: 'newText', outcome: 'rate_limited' });
    metrics.record({
      protocol: 'v3',
      op: 'create',
      outcome: 'server.busy',
      storageError: 'storage.unavailable',
    });
    metrics.clientEvent({ type: 'reconnecting', attempt: 1, delayMs: 20 });
    metrics.clientEvent({ type: 'disconnected' });
    const stats = pumpStats(3, {
      received: 9,
      untagged: 1,
      dropped: 2,
      droppedBy: { queue_full: 1, bytes_full: 0, stopping: 1 },
      replied: 4,
      replyFailures: 1,
      inFlight: 2,
    });
    const text = formatPrometheus(metrics.collect(stats));
    expect(sampleLines(text)).toEqual([
      'pastenym_server_backlog_requests{state="in_progress"} 2',
      'pastenym_server_backlog_requests{state="queued"} 3',
      'pastenym_server_backlog_warnings_total 0',
      'pastenym_server_messages_dropped_total{reason="bytes_full"} 0',
      'pastenym_server_messages_dropped_total{reason="queue_full"} 1',
      'pastenym_server_messages_dropped_total{reason="stopping"} 1',
      'pastenym_server_messages_dropped_total{reason="untagged"} 1',
      'pastenym_server_messages_received_total 9',
      'pastenym_server_nym_client_connected 0',
      'pastenym_server_nym_client_reconnects_total 1',
      'pastenym_server_replies_total{outcome="failed"} 1',
      'pastenym_server_replies_total{outcome="sent"} 4',
      'pastenym_server_requests_total{op="create",outcome="server.busy",protocol="v3"} 1',
      'pastenym_server_requests_total{op="get",outcome="ok",protocol="v3"} 2',
      'pastenym_server_requests_total{op="newText",outcome="rate_limited",protocol="v2"} 1',
      'pastenym_server_storage_failures_total{code="storage.unavailable"} 1',
    ]);
    expect(text).toContain('# TYPE pastenym_server_requests_total counter\n');
    expect(text).toContain('# TYPE pastenym_server_backlog_requests gauge\n');
    // Before the pump exists every pump count is 0.
    expect(
      valueOf(
        formatPrometheus(metrics.collect(undefined)),
        'pastenym_server_messages_received_total',
      ),
    ).toBe(0);
  });
});

describe('the backlog warning', () => {
  function setup(warnAt: number) {
    const sink = new LogSink();
    let stats = pumpStats(0);
    const clock = new ManualClock(1_000_000);
    let warnings = 0;
    const watch = watchBacklog({
      logger: createLogger('info', sink),
      stats: () => stats,
      warnAt,
      clock,
      onWarning: () => warnings++,
    });
    const entries = () =>
      sink.lines.map((line) => JSON.parse(line) as Record<string, unknown> & { msg: string });
    return {
      watch,
      entries,
      clock,
      set: (next: RequestPumpStats) => (stats = next),
      warnings: () => warnings,
    };
  }

  it('warns once per crossing, and says when the queue cleared (counts only)', async () => {
    const t = setup(100);
    expect([...t.clock.timers.values()].map((timer) => timer.at)).toEqual([1_005_000]);
    t.set(pumpStats(99));
    t.watch.check();
    expect(t.entries()).toEqual([]);
    t.set(pumpStats(100, { inFlight: 4 }));
    t.watch.check();
    t.set(pumpStats(140, { dropped: 3 }));
    t.watch.check();
    await t.clock.advance(BACKLOG_CHECK_MS);
    expect(t.entries()).toHaveLength(1);
    expect(t.entries()[0]).toMatchObject({
      level: 40,
      msg: 'request backlog over its threshold',
      queued: 100,
      inProgress: 4,
      threshold: 100,
    });
    expect(t.warnings()).toBe(1);

    t.set(pumpStats(50, { dropped: 10 }));
    await t.clock.advance(60_000);
    expect(t.entries()).toHaveLength(2);
    expect(t.entries()[1]).toMatchObject({
      level: 30,
      msg: 'request backlog cleared',
      queued: 50,
      peak: 140,
      seconds: 10, // raised at 0 s; the look at 10 s sees it cleared
      dropped: 10,
    });
    for (const entry of t.entries()) {
      expect(Object.keys(entry).sort()).toEqual(
        expect.arrayContaining(['level', 'msg', 'time', 'component']),
      );
    }
  });

  it('does not warn again while the queue hovers over half the threshold (hysteresis)', async () => {
    const t = setup(100);
    for (const queued of [100, 60, 120, 51, 100, 99, 101]) {
      t.set(pumpStats(queued));
      await t.clock.advance(BACKLOG_CHECK_MS);
    }
    expect(t.entries().map((e) => e.msg)).toEqual(['request backlog over its threshold']);
    t.set(pumpStats(10));
    await t.clock.advance(BACKLOG_CHECK_MS);
    t.set(pumpStats(100));
    t.watch.check();
    expect(t.entries().map((e) => e.msg)).toEqual([
      'request backlog over its threshold',
      'request backlog cleared',
      'request backlog over its threshold',
    ]);
    expect(t.warnings()).toBe(2);
    t.watch.stop();
    expect(t.clock.timers.size).toBe(0);
  });
});

describe('/metrics of the running server', () => {
  it('serves the counters on 127.0.0.1, and they move with requests', async () => {
    const { net, server, logs } = await startServer(['--metrics', '127.0.0.1:0']);
    expect(server.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    const scrape = async () => {
      const response = await fetch(server.metricsUrl!);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
      return response.text();
    };
    const ping = 'pastenym_server_requests_total{op="ping",outcome="ok",protocol="v3"}';
    const sent = 'pastenym_server_replies_total{outcome="sent"}';
    const before = await scrape();
    expect(before).toContain('# TYPE pastenym_server_requests_total counter');
    expect(before).not.toContain(ping);
    expect(valueOf(before, sent)).toBe(0);
    expect(valueOf(before, 'pastenym_server_nym_client_connected')).toBe(1);

    await userClient(net, server.address).ping();
    // The client may ping in more than one protocol; each request gets its reply, and the
    // reply reaches the user before the pump counts it as sent: wait for the counts to agree.
    const received = 'pastenym_server_messages_received_total';
    let after = await scrape();
    for (let i = 0; i < 50 && valueOf(after, sent) < valueOf(after, received); i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      after = await scrape();
    }
    expect(valueOf(after, ping)).toBe(1);
    expect(valueOf(after, received)).toBeGreaterThanOrEqual(1);
    expect(valueOf(after, sent)).toBe(valueOf(after, received));
    expect((await fetch(server.metricsUrl!.replace('/metrics', '/'))).status).toBe(404);
    expect((await fetch(server.metricsUrl!, { method: 'POST' })).status).toBe(405);
    // The endpoint's address is logged; nothing of the requests is.
    expect(logs.lines.join('')).toContain('serving metrics');
    expect(logs.lines.join('')).not.toContain(server.address);
    await server.stop();
    await expect(fetch(server.metricsUrl!)).rejects.toThrow();
  });
});
