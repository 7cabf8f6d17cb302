import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatewayWebSocketUrl, localConfigSource } from '../src/node/local-config.js';
import { startStaticServer, type StaticServer } from '../src/node/static-server.js';

let dir: string;
let site: StaticServer;
let configCalls = 0;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pastenym-web-site-'));
  await mkdir(join(dir, 'app', 'assets'), { recursive: true });
  await writeFile(
    join(dir, 'app', 'index.html'),
    '<meta http-equiv="Content-Security-Policy" content="x"><p>page</p>',
  );
  await writeFile(join(dir, 'app', 'assets', 'main.js'), 'console.log(1)');
  await writeFile(join(dir, 'app', 'csp-header.txt'), "default-src 'none'\n");
  await writeFile(join(dir, 'secret.txt'), 'outside the root');
  site = await startStaticServer({
    root: join(dir, 'app'),
    config: () => ({ call: ++configCalls }),
    transformIndex: (html) => html.replace('page', 'changed'),
  });
});

afterAll(async () => {
  await site?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('startStaticServer', () => {
  it('serves the page with the build’s CSP and the other security headers', async () => {
    const response = await fetch(site.url);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<p>changed</p>');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const script = await fetch(new URL('assets/main.js', site.url));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toContain('immutable');
    expect(script.headers.get('content-security-policy')).toBe("default-src 'none'");
  });

  it('builds config.json per request and never caches it', async () => {
    const first = await fetch(new URL('config.json', site.url));
    const second = await fetch(new URL('config.json', site.url));
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect((await second.json()) as unknown).toEqual({
      call: ((await first.json()) as { call: number }).call + 1,
    });
  });

  it('keeps requests inside the root and refuses other methods', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/../../secret.txt',
      '/missing.js',
    ]) {
      expect((await fetch(site.url.replace(/\/$/, '') + path)).status).toBe(404);
    }
    expect((await fetch(site.url, { method: 'POST' })).status).toBe(405);
  });
});

describe('localConfigSource', () => {
  const topology = {
    topology: { gateways: [{ address: 'GW', host: '127.0.0.1', clientPort: 4242 }] },
  };

  it('puts the directory’s current topology into the page’s configuration', async () => {
    const asked: string[] = [];
    const source = localConfigSource({
      serverAddress: 'a.b@c',
      directoryUrl: 'http://127.0.0.1:9000/',
      directoryKey: 'KEY',
      gateway: 'GW',
      fetch: ((url: URL) => {
        asked.push(String(url));
        return Promise.resolve(Response.json(topology));
      }) as typeof fetch,
    });
    expect(await source()).toEqual({
      instanceName: 'Pastenym',
      serverAddress: 'a.b@c',
      network: 'local',
      local: { directoryKey: 'KEY', topology, gateway: 'GW' },
    });
    expect(asked).toEqual(['http://127.0.0.1:9000/v1/topology']);
    expect(gatewayWebSocketUrl(topology, 'GW')).toBe('ws://127.0.0.1:4242');
    expect(gatewayWebSocketUrl(topology, 'other')).toBeUndefined();
  });

  it('fails when the directory does', async () => {
    const source = localConfigSource({
      serverAddress: 'a.b@c',
      directoryUrl: 'http://127.0.0.1:9000/',
      directoryKey: 'KEY',
      fetch: () => Promise.resolve(new Response('', { status: 503 })),
    });
    await expect(source()).rejects.toThrow(/503/);
  });
});
