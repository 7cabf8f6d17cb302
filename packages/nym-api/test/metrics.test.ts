// The metrics pieces shared by the paste server and the nym-client stand-in: the Prometheus
// text format, the warning threshold with hysteresis, HOST:PORT, and the HTTP endpoint.
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import {
  escapeLabelValue,
  formatPrometheus,
  isLoopbackHost,
  NymApiError,
  parseListenAddress,
  PROMETHEUS_CONTENT_TYPE,
  ThresholdAlarm,
  type MetricFamily,
} from '../src/index.js';
import { serveMetrics } from '../src/node/index.js';

const counter = (name: string, samples: MetricFamily['samples']): MetricFamily => ({
  name,
  help: `Help of ${name}.`,
  type: 'counter',
  samples,
});

function code(f: () => unknown): string | undefined {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(NymApiError);
    return (error as NymApiError).code;
  }
  return undefined;
}

describe('formatPrometheus', () => {
  it('writes HELP and TYPE lines, then the samples', () => {
    const text = formatPrometheus([
      counter('app_sends_total', [{ value: 3 }]),
      { name: 'app_backlog', help: 'Waiting now.', type: 'gauge', samples: [{ value: 0 }] },
    ]);
    expect(text).toBe(
      [
        '# HELP app_backlog Waiting now.',
        '# TYPE app_backlog gauge',
        'app_backlog 0',
        '# HELP app_sends_total Help of app_sends_total.',
        '# TYPE app_sends_total counter',
        'app_sends_total 3',
        '',
      ].join('\n'),
    );
  });

  it('orders families, samples and labels the same whatever order they were counted in', () => {
    const a = counter('x_total', [
      { labels: { op: 'get', outcome: 'ok' }, value: 2 },
      { labels: { outcome: 'ok', op: 'create' }, value: 1 },
      { labels: { op: 'create', outcome: 'pow.required' }, value: 5 },
    ]);
    const b = counter('a_total', [{ value: 1 }]);
    const text = formatPrometheus([a, b]);
    expect(text).toBe(formatPrometheus([b, { ...a, samples: [...a.samples].reverse() }]));
    expect(text.split('\n').filter((line) => !line.startsWith('#'))).toEqual([
      'a_total 1',
      'x_total{op="create",outcome="ok"} 1',
      'x_total{op="create",outcome="pow.required"} 5',
      'x_total{op="get",outcome="ok"} 2',
      '',
    ]);
  });

  it('escapes label values and help texts', () => {
    expect(escapeLabelValue('a\\b"c\nd')).toBe('a\\\\b\\"c\\nd');
    const text = formatPrometheus([
      {
        name: 'odd_total',
        help: 'back\\slash and\nnewline "quoted"',
        type: 'counter',
        samples: [{ labels: { reason: 'say "hi"\\\n' }, value: 1 }],
      },
    ]);
    expect(text).toContain('# HELP odd_total back\\\\slash and\\nnewline "quoted"\n');
    expect(text).toContain('odd_total{reason="say \\"hi\\"\\\\\\n"} 1\n');
    expect(text.split('\n')).toHaveLength(4);
  });

  it('writes special values as the format spells them', () => {
    const text = formatPrometheus([
      {
        name: 'g',
        help: 'h',
        type: 'gauge',
        samples: [
          { labels: { k: 'a' }, value: NaN },
          { labels: { k: 'b' }, value: Infinity },
          { labels: { k: 'c' }, value: -Infinity },
          { labels: { k: 'd' }, value: 1.5 },
        ],
      },
    ]);
    expect(text).toContain('g{k="a"} NaN\ng{k="b"} +Inf\ng{k="c"} -Inf\ng{k="d"} 1.5\n');
  });

  it('keeps a family without samples, and writes nothing for no families', () => {
    expect(formatPrometheus([counter('none_total', [])])).toBe(
      '# HELP none_total Help of none_total.\n# TYPE none_total counter\n',
    );
    expect(formatPrometheus([])).toBe('');
  });

  it('refuses what the format cannot carry', () => {
    expect(code(() => formatPrometheus([counter('bad-name_total', [])]))).toBe(
      'nym_api.invalid_metric',
    );
    expect(code(() => formatPrometheus([counter('sends', [])]))).toBe('nym_api.invalid_metric');
    expect(code(() => formatPrometheus([counter('a_total', []), counter('a_total', [])]))).toBe(
      'nym_api.invalid_metric',
    );
    expect(
      code(() => formatPrometheus([counter('a_total', [{ labels: { __x: 'y' }, value: 1 }])])),
    ).toBe('nym_api.invalid_metric');
    expect(
      code(() => formatPrometheus([counter('a_total', [{ labels: { 'a-b': 'y' }, value: 1 }])])),
    ).toBe('nym_api.invalid_metric');
    expect(
      code(() =>
        formatPrometheus([
          counter('a_total', [
            { labels: { k: 'v' }, value: 1 },
            { labels: { k: 'v' }, value: 2 },
          ]),
        ]),
      ),
    ).toBe('nym_api.invalid_metric');
  });
});

describe('ThresholdAlarm', () => {
  it('goes off once when the value reaches the threshold, and stays quiet above it', () => {
    const alarm = new ThresholdAlarm({ raiseAt: 100 });
    expect(alarm.clearAt).toBe(50);
    expect(alarm.observe(99, 0)).toBeNull();
    expect(alarm.observe(100, 1000)).toEqual({ kind: 'raised', value: 100 });
    expect(alarm.active).toBe(true);
    expect(alarm.observe(500, 2000)).toBeNull();
    expect(alarm.observe(120, 3000)).toBeNull();
  });

  it('does not repeat while the value hovers around the threshold (hysteresis)', () => {
    const alarm = new ThresholdAlarm({ raiseAt: 100 });
    const changes = [100, 99, 101, 98, 100, 51, 100].map((value, i) =>
      alarm.observe(value, i * 1000),
    );
    expect(changes.filter((change) => change !== null)).toEqual([{ kind: 'raised', value: 100 }]);
  });

  it('clears at the lower bound with the peak and the time it was on, then can go off again', () => {
    const alarm = new ThresholdAlarm({ raiseAt: 10, clearAt: 2 });
    alarm.observe(12, 5_000);
    alarm.observe(40, 6_000);
    expect(alarm.observe(3, 7_000)).toBeNull();
    expect(alarm.observe(2, 65_000)).toEqual({
      kind: 'cleared',
      value: 2,
      peak: 40,
      durationMs: 60_000,
    });
    expect(alarm.active).toBe(false);
    expect(alarm.observe(9, 66_000)).toBeNull();
    expect(alarm.observe(10, 67_000)).toEqual({ kind: 'raised', value: 10 });
    expect(alarm.observe(0, 68_000)).toMatchObject({ kind: 'cleared', peak: 10, durationMs: 1000 });
  });

  it('needs 0 <= clearAt < raiseAt', () => {
    expect(code(() => new ThresholdAlarm({ raiseAt: 0 }))).toBe('nym_api.invalid_metric');
    expect(code(() => new ThresholdAlarm({ raiseAt: 5, clearAt: 5 }))).toBe(
      'nym_api.invalid_metric',
    );
    expect(code(() => new ThresholdAlarm({ raiseAt: 5, clearAt: -1 }))).toBe(
      'nym_api.invalid_metric',
    );
    expect(new ThresholdAlarm({ raiseAt: 1 }).clearAt).toBe(0);
  });
});

describe('parseListenAddress and isLoopbackHost', () => {
  it('parses HOST:PORT and [IPv6]:PORT', () => {
    expect(parseListenAddress('127.0.0.1:9464')).toEqual({
      ok: true,
      host: '127.0.0.1',
      port: 9464,
    });
    expect(parseListenAddress('[::1]:0')).toEqual({ ok: true, host: '::1', port: 0 });
    expect(parseListenAddress('localhost:80')).toMatchObject({ ok: true, host: 'localhost' });
    for (const bad of ['9464', '127.0.0.1', ':9464', '127.0.0.1:70000', '::1:9464', 'a b:1']) {
      expect(parseListenAddress(bad).ok, bad).toBe(false);
    }
  });

  it('knows the loopback addresses', () => {
    for (const host of [
      'localhost',
      '127.0.0.1',
      '127.1.2.3',
      '::1',
      '[::1]',
      '::ffff:127.0.0.1',
    ]) {
      expect(isLoopbackHost(host), host).toBe(true);
    }
    for (const host of ['0.0.0.0', '::', '10.0.0.1', '128.0.0.1', 'example.org', '127.0.0.256']) {
      expect(isLoopbackHost(host), host).toBe(false);
    }
  });
});

describe('serveMetrics', () => {
  async function fetchRaw(url: string, method = 'GET') {
    return new Promise<{ status: number; type: string | undefined; body: string; allow?: string }>(
      (resolve, reject) => {
        const req = request(url, { method }, (response) => {
          let body = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (body += chunk));
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              type: response.headers['content-type'],
              body,
              ...(response.headers.allow ? { allow: response.headers.allow } : {}),
            }),
          );
        });
        req.on('error', reject);
        req.end();
      },
    );
  }

  it('answers GET /metrics only, with what collect gives at each scrape', async () => {
    let sends = 0;
    const server = await serveMetrics({
      host: '127.0.0.1',
      port: 0,
      collect: () => [counter('app_sends_total', [{ value: sends }])],
    });
    try {
      expect(server.url).toBe(`http://127.0.0.1:${server.port}/metrics`);
      const first = await fetchRaw(server.url);
      expect(first).toMatchObject({ status: 200, type: PROMETHEUS_CONTENT_TYPE });
      expect(first.body).toContain('app_sends_total 0\n');
      sends = 7;
      expect((await fetchRaw(`${server.url}?x=1`)).body).toContain('app_sends_total 7\n');
      expect(await fetchRaw(server.url, 'HEAD')).toMatchObject({ status: 200, body: '' });
      expect((await fetchRaw(`http://127.0.0.1:${server.port}/`)).status).toBe(404);
      expect((await fetchRaw(`http://127.0.0.1:${server.port}/metricsx`)).status).toBe(404);
      expect(await fetchRaw(server.url, 'POST')).toMatchObject({ status: 405, allow: 'GET, HEAD' });
    } finally {
      await server.close();
    }
  });

  it('answers 500 without details when collecting fails, and refuses a taken port', async () => {
    const server = await serveMetrics({
      host: '127.0.0.1',
      port: 0,
      collect: () => [counter('not a name', [])],
    });
    try {
      expect(await fetchRaw(server.url)).toMatchObject({ status: 500, body: 'error\n' });
      await expect(
        serveMetrics({ host: '127.0.0.1', port: server.port, collect: () => [] }),
      ).rejects.toMatchObject({ code: 'nym_api.listen_failed' });
    } finally {
      await server.close();
    }
  });
});
