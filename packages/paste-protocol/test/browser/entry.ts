// Registers browser checks of the package for a run inside a Chromium Web Worker: the pure
// code on the browser crypto provider, WebCrypto PBKDF2 and CompressionStream.
import { describe, expect, it } from 'vitest';
import { createBrowserCrypto } from '@pastenym/crypto/browser';
import {
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
// The transport alone: the testing entry also holds suites that need vitest's hooks.
import { createMemoryTransportPair } from '../../src/testing/memory-transport.js';
import { FakeServer } from '../fake-server.js';
import vectorFile from '../vectors/v2-vectors.json' with { type: 'json' };

const crypto = createBrowserCrypto();
const deps = { crypto };
const content = {
  text: 'from the browser',
  attachments: [{ name: 'b', type: '', data: Uint8Array.of(1, 2) }],
};
const options = { expirySeconds: 3600, maxViews: 1, public: false };

describe('paste-protocol in a browser worker', () => {
  it('runs in a secure context (WebCrypto available)', () => {
    expect((globalThis as { isSecureContext?: boolean }).isSecureContext).toBe(true);
  });

  it('seals and opens a paste with a password and an attachment', async () => {
    const sealed = await sealPaste(deps, content, { ...options, password: 'pw' });
    const opened = await openPaste(deps, sealed.bundle, sealed.key, { password: 'pw' });
    expect(opened.content.text).toBe(content.text);
    expect(opened.content.attachments[0]?.data).toEqual(Uint8Array.of(1, 2));
    await expect(
      openPaste(deps, sealed.bundle, sealed.key, { password: 'no' }),
    ).rejects.toMatchObject({
      code: 'format.wrong_password',
    });
  });

  it('caps decompression', async () => {
    const bomb = await sealPaste(deps, { text: 'z'.repeat(500_000), attachments: [] }, options);
    await expect(
      openPaste(deps, bomb.bundle, bomb.key, { maxContentBytes: 1000 }),
    ).rejects.toMatchObject({
      code: 'format.too_large',
    });
  });

  it('decodes v3 and v2 requests', () => {
    const request = encodeRequest({ op: 'get', id: 'abcdefghijklmnop', pasteId: 'aZ3x_9Qp' });
    expect(decodeRequest(request).ok).toBe(true);
    expect(decodeV2Request(new TextEncoder().encode('{"event":"ping","data":"empty"}')).ok).toBe(
      true,
    );
  });

  it('opens a v2 paste', async () => {
    const vectors = (
      vectorFile as unknown as {
        vectors: (LegacyPaste & { key: string | null; expected: { text: string } })[];
      }
    ).vectors;
    const legacy = vectors.find((v) => v.key !== null)!;
    expect((await openLegacyPaste(deps, legacy, legacy.key!)).text).toBe(legacy.expected.text);
  });

  it('creates and reads a paste through the client library', async () => {
    const [clientSide, serverSide] = createMemoryTransportPair();
    new FakeServer(serverSide, crypto, DEFAULT_LIMITS, 12);
    const client = new PasteClient({ transport: clientSide, crypto });
    const created = await client.createPaste(content, { expirySeconds: 3600, maxViews: 2 });
    const fetched = await client.getPaste(created.pasteId, { key: created.key! });
    expect(fetched.content.text).toBe(content.text);
    expect(fetched.remainingViews).toBe(1);
  });
});
