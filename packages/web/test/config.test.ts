import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../src/config/csp.js';
import { loadConfig } from '../src/config/load-config.js';
import { mergeConfig, parseWebConfig } from '../src/config/web-config.js';
import { buildOptionsFromEnv, defaultConnectSrc } from '../src/node/vite-config.js';

const KEY = '7sWNEvSsrPvKHNT7YzUmpyhR1FWwqBzT5yoQiAxuVpYt';
const ADDRESS = `${KEY}.${KEY}@${KEY}`;
const VALID = {
  instanceName: 'Pastenym',
  serverAddress: ADDRESS,
  network: 'local',
  local: { directoryKey: KEY, topology: { topology: {} } },
};

describe('parseWebConfig', () => {
  it('accepts a complete local configuration', () => {
    expect(parseWebConfig(VALID)).toEqual({ ok: true, config: VALID });
  });

  it('refuses unknown keys, a bad address and a local network without a topology source', () => {
    const result = parseWebConfig({
      ...VALID,
      serverAddres: 'typo',
      serverAddress: 'x',
      local: { directoryKey: KEY },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual(
      expect.arrayContaining([
        'config: unknown key "serverAddres"',
        expect.stringMatching(/^serverAddress/),
        expect.stringMatching(/needs "topology"/),
      ]),
    );
  });

  it('accepts the nym network without local settings and checks its fields', () => {
    const nym = {
      instanceName: 'x',
      serverAddress: ADDRESS,
      network: 'nym',
      nym: { nymApiUrl: 'https://api.example/' },
    };
    expect(parseWebConfig(nym).ok).toBe(true);
    expect(parseWebConfig({ ...nym, nym: { forceTls: 'yes' } }).ok).toBe(false);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(fc.property(fc.anything(), (value) => typeof parseWebConfig(value).ok === 'boolean'));
  });

  it('lays config.json over the build configuration key by key', () => {
    expect(mergeConfig({ a: 1, b: 2 }, { b: 3 })).toEqual({ a: 1, b: 3 });
    expect(mergeConfig(null, { b: 3 })).toEqual({ b: 3 });
    expect(mergeConfig({ a: 1 }, undefined)).toEqual({ a: 1 });
  });
});

describe('loadConfig', () => {
  const respond =
    (body: unknown, status = 200) =>
    () =>
      Promise.resolve(new Response(JSON.stringify(body), { status }));
  const base = 'http://127.0.0.1:8080/app/';

  it('reads config.json next to the page and reports where it came from', async () => {
    const loaded = await loadConfig(respond(VALID), base, null);
    expect(loaded).toEqual({
      ok: true,
      config: VALID,
      configUrl: 'http://127.0.0.1:8080/app/config.json',
    });
  });

  it('falls back to the build configuration when config.json is missing or unreachable', async () => {
    expect(await loadConfig(respond({}, 404) as typeof fetch, base, VALID)).toEqual({
      ok: true,
      config: VALID,
    });
    const failing = (() => Promise.reject(new TypeError('offline'))) as typeof fetch;
    expect(await loadConfig(failing, base, VALID)).toEqual({ ok: true, config: VALID });
  });

  it('says what is missing or wrong', async () => {
    expect(await loadConfig(respond({}, 404) as typeof fetch, base, null)).toMatchObject({
      ok: false,
      reason: 'missing',
    });
    expect(await loadConfig(respond({ network: 'x' }) as typeof fetch, base, null)).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
  });
});

describe('contentSecurityPolicy', () => {
  const local = contentSecurityPolicy({
    network: 'local',
    connectSrc: ['ws://127.0.0.1:9008'],
    delivery: 'header',
  });

  it('allows only the page itself and the gateway, with Trusted Types', () => {
    const directives = new Map(
      local.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]),
    );
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'", 'ws://127.0.0.1:9008']);
    expect(directives.get('require-trusted-types-for')).toEqual(["'script'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(local).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  it('leaves frame-ancestors out of the meta form and lets the Nym SDK compile WebAssembly', () => {
    const meta = contentSecurityPolicy({ network: 'nym', connectSrc: [], delivery: 'meta' });
    expect(meta).not.toContain('frame-ancestors');
    expect(meta).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(meta).toContain("connect-src 'self' https: wss:");
  });

  it('refuses sources that would smuggle in other directives', () => {
    const hostile = fc
      .tuple(fc.string(), fc.constantFrom(';', ' ', ',', "'unsafe-inline'"), fc.string())
      .map((p) => p.join(''));
    fc.assert(
      fc.property(hostile, (source) => {
        expect(() =>
          contentSecurityPolicy({ network: 'local', connectSrc: [source], delivery: 'meta' }),
        ).toThrow(RangeError);
      }),
    );
  });
});

describe('build options', () => {
  const topology = {
    topology: {
      gateways: [
        { address: 'A', host: '127.0.0.1', clientPort: 9008 },
        { address: 'B', host: '127.0.0.1', clientPort: 9010 },
      ],
    },
  };

  it('allows the configured gateway, all gateways, or any loopback websocket', () => {
    const config = { ...VALID, local: { directoryKey: KEY, topology, gateway: 'B' } } as never;
    expect(defaultConnectSrc('local', config)).toEqual(['ws://127.0.0.1:9010']);
    const unpinned = { ...VALID, local: { directoryKey: KEY, topology } } as never;
    expect(defaultConnectSrc('local', unpinned)).toEqual([
      'ws://127.0.0.1:9008',
      'ws://127.0.0.1:9010',
    ]);
    expect(defaultConnectSrc('local', null)).toEqual(['ws://127.0.0.1:*', 'ws://localhost:*']);
    expect(defaultConnectSrc('nym', null)).toEqual([]);
  });

  it('reads the environment and refuses a broken configuration file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pastenym-web-config-'));
    try {
      await writeFile(join(dir, 'good.json'), JSON.stringify(VALID));
      await writeFile(join(dir, 'bad.json'), JSON.stringify({ network: 'local' }));
      const options = buildOptionsFromEnv(
        { PASTENYM_WEB_CONFIG: 'good.json', PASTENYM_WEB_CONNECT_SRC: 'ws://h:1 ws://h:2' },
        dir,
      );
      expect(options).toMatchObject({
        buildConfig: VALID,
        network: 'local',
        connectSrc: ['ws://h:1', 'ws://h:2'],
      });
      expect(options.outDir).toBe(join(dir, 'dist/app'));
      expect(() => buildOptionsFromEnv({ PASTENYM_WEB_CONFIG: 'bad.json' }, dir)).toThrow(
        /serverAddress/,
      );
      expect(() => buildOptionsFromEnv({ PASTENYM_WEB_NETWORK: 'tor' }, dir)).toThrow(
        /local or nym/,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
