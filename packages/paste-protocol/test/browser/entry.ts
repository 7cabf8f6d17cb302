// Bundled for Chromium by ../browser.test.ts: runs the package's pure code on the browser
// crypto provider, WebCrypto PBKDF2 and CompressionStream, and reports what it observed.
import { createBrowserCrypto } from '@pastenym/crypto/browser';
import {
  createMemoryTransportPair,
  DEFAULT_LIMITS,
  decodeRequest,
  decodeV2Request,
  encodeRequest,
  openLegacyPaste,
  openPaste,
  PasteClient,
  sealPaste,
  type LegacyPaste,
} from '../../src/index.js';
import { FakeServer } from '../fake-server.js';

async function run(legacy: LegacyPaste & { key: string }): Promise<Record<string, unknown>> {
  const crypto = createBrowserCrypto();
  const deps = { crypto };
  const content = {
    text: 'from the browser',
    attachments: [{ name: 'b', type: '', data: Uint8Array.of(1, 2) }],
  };
  const options = { expirySeconds: 3600, maxViews: 1, public: false };
  const sealed = await sealPaste(deps, content, { ...options, password: 'pw' });
  const opened = await openPaste(deps, sealed.bundle, sealed.key, { password: 'pw' });
  const wrong = await openPaste(deps, sealed.bundle, sealed.key, { password: 'no' }).catch(
    (e: { code: string }) => e.code,
  );
  const bomb = await sealPaste(deps, { text: 'z'.repeat(500_000), attachments: [] }, options);
  const capped = await openPaste(deps, bomb.bundle, bomb.key, { maxContentBytes: 1000 }).catch(
    (e: { code: string }) => e.code,
  );
  const request = encodeRequest({ op: 'get', id: 'abcdefghijklmnop', pasteId: 'aZ3x_9Qp' });
  const v2 = decodeV2Request(new TextEncoder().encode('{"event":"ping","data":"empty"}'));
  const legacyText = (await openLegacyPaste(deps, legacy, legacy.key)).text;
  const [clientSide, serverSide] = createMemoryTransportPair();
  new FakeServer(serverSide, crypto, DEFAULT_LIMITS, 12);
  const client = new PasteClient({ transport: clientSide, crypto });
  const created = await client.createPaste(content, { expirySeconds: 3600, maxViews: 2 });
  const fetched = await client.getPaste(created.pasteId, { key: created.key! });
  return {
    secure: (globalThis as unknown as { isSecureContext?: boolean }).isSecureContext,
    roundTrip: opened.content.text === content.text && opened.content.attachments[0]?.data[1] === 2,
    wrongPassword: wrong,
    capped,
    v3: decodeRequest(request).ok,
    v2: v2.ok,
    legacyText,
    client: fetched.content.text === content.text && fetched.remainingViews === 1,
  };
}

(globalThis as unknown as { runChecks: typeof run }).runChecks = run;
