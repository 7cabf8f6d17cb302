import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

// Runs test/browser/entry.ts in Chromium: the package must work unchanged in browsers.
// Skips loudly without Chromium, playwright-core or rolldown, unless PASTENYM_REQUIRE_BROWSER=1.
const chromium = process.env['PASTENYM_CHROMIUM'] ?? '/usr/bin/chromium';
const required = process.env['PASTENYM_REQUIRE_BROWSER'] === '1';
const tools = await Promise.all([import('playwright-core'), import('rolldown')]).catch(
  () => undefined,
);
const available = existsSync(chromium) && tools !== undefined;
if (!available) {
  console.warn(`SKIPPING browser tests: need ${chromium}, playwright-core and rolldown`);
}

interface Vector {
  key: string | null;
  text: string;
  encParams: unknown;
  expected: { text: string };
}

describe.skipIf(!available && !required)('in Chromium', () => {
  let server: Server;
  let url = '';

  beforeAll(async () => {
    const { rolldown } = await import('rolldown');
    const bundle = await rolldown({
      input: fileURLToPath(new URL('./browser/entry.ts', import.meta.url)),
      platform: 'browser',
      resolve: { conditionNames: ['@pastenym/source', 'browser', 'import', 'default'] },
    });
    const script = (await bundle.generate({ format: 'iife' })).output[0].code;
    // Served from 127.0.0.1, a secure context, so WebCrypto is available as on https.
    server = createServer((request, response) => {
      const js = request.url === '/bundle.js';
      response.writeHead(200, { 'content-type': js ? 'text/javascript' : 'text/html' });
      response.end(js ? script : '<!doctype html><script src="/bundle.js"></script>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  }, 60_000);

  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
  });

  it('seals, opens, solves, decodes and runs the client', async () => {
    const { chromium: launcher } = await import('playwright-core');
    const { vectors } = JSON.parse(
      readFileSync(new URL('./vectors/v2-vectors.json', import.meta.url), 'utf8'),
    ) as { vectors: Vector[] };
    const legacy = vectors.find((v) => v.key !== null)!;
    const browser = await launcher.launch({ executablePath: chromium, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      await page.goto(url);
      const result = await page.evaluate(
        (vector) =>
          (globalThis as unknown as { runChecks(v: unknown): Promise<unknown> }).runChecks(vector),
        legacy,
      );
      expect(result).toEqual({
        secure: true,
        roundTrip: true,
        wrongPassword: 'format.wrong_password',
        capped: 'format.too_large',
        v3: true,
        v2: true,
        legacyText: legacy.expected.text,
        client: true,
      });
    } finally {
      await browser.close();
    }
  }, 60_000);
});
