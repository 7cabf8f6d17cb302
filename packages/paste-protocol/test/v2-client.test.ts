// Our client against a server that speaks v2 only: the double written from the v2 reference
// (src/testing/v2-server-double.ts), not our own server.
import { describe, expect, it } from 'vitest';
import { PasteClient, readV2Reply, v2ExpiryText, V2_FORMAT_LIMITATIONS } from '../src/index.js';
import { createMemoryTransportPair, createV2ServerDouble } from '../src/testing/index.js';
import { nodeCrypto as crypto } from './helpers.js';

function setup() {
  let now = Date.UTC(2024, 5, 1, 12);
  const double = createV2ServerDouble({ rng: (n) => crypto.randomBytes(n), now: () => now });
  const [clientSide, serverSide] = createMemoryTransportPair();
  serverSide.onMessage((bytes) => {
    const reply = double.handle(bytes);
    if (reply) void serverSide.send(reply);
  });
  const client = new PasteClient({
    transport: clientSide,
    crypto,
    timeoutMs: 2000,
    now: () => now,
  });
  return { client, double, advance: (ms: number) => (now += ms) };
}

const text = (t: string) => ({ text: t, attachments: [] });

describe('PasteClient on a v2-only server', () => {
  it('detects it from ping and says what the v2 format loses', async () => {
    const { client, double } = setup();
    const info = await client.ping();
    expect(info).toMatchObject({ version: '2.0.3', protocols: [2] });
    expect(client.v2Only).toBe(true);
    expect(double.dropped).toBe(1); // our v3 ping: "cannot decode message received"
    expect(V2_FORMAT_LIMITATIONS.join(' ')).toMatch(/padding.*sealed.*password/s);
  });

  it('creates and reads encrypted pastes in the original format, ids of 8 characters', async () => {
    const { client, double } = setup();
    await client.ping();
    const created = await client.createPaste(text('ünïcödé secret'), { expirySeconds: 86_400 });
    expect(created).toMatchObject({ format: 'v2', ownerToken: null, passwordProtected: false });
    expect(created.pasteId).toMatch(/^[A-Za-z0-9_-]{8}$/);
    expect(created.key).toMatch(/^[0-9a-z]{32}$/);
    expect(double.texts.get(created.pasteId)?.text).not.toContain('secret');
    const read = await client.getPaste(created.pasteId, { key: created.key! });
    expect(read).toMatchObject({ format: 'v2', content: text('ünïcödé secret') });
    expect(read.expiresIn).toBe(86_400);
    await expect(client.getPaste(created.pasteId, { key: 'x'.repeat(32) })).rejects.toMatchObject({
      code: 'legacy.auth_failed',
    });
  });

  it('burns after the chosen views; the last read gets the text', async () => {
    const { client } = setup();
    await client.ping();
    const created = await client.createPaste(text('twice'), { expirySeconds: 300, maxViews: 2 });
    const key = created.key!;
    expect(await client.getPaste(created.pasteId, { key })).toMatchObject({ remainingViews: 1 });
    expect(await client.getPaste(created.pasteId, { key })).toMatchObject({ remainingViews: 0 });
    await expect(client.getPaste(created.pasteId, { key })).rejects.toMatchObject({
      code: 'paste.not_found', // from the original's double-encoded reply
    });
  });

  it('sends public pastes in clear with a file, and expiry the original understood', async () => {
    const { client, double, advance } = setup();
    await client.ping();
    const content = {
      text: 'public <b>&',
      attachments: [
        { name: 'a.bin', type: 'application/octet-stream', data: new Uint8Array([0, 1, 255]) },
      ],
    };
    const created = await client.createPaste(content, { expirySeconds: 3600, public: true });
    expect(created.key).toBeNull();
    expect(double.texts.get(created.pasteId)?.encParams).toBeNull();
    expect(await client.getPaste(created.pasteId)).toMatchObject({ content });
    advance(3_600_000);
    double.sweep();
    await expect(client.getPaste(created.pasteId)).rejects.toMatchObject({
      code: 'paste.not_found',
    });
  });

  it('refuses what v2 cannot do, before sending anything', async () => {
    const { client, double } = setup();
    await client.ping();
    const two = {
      text: '',
      attachments: [1, 2].map((n) => ({ name: `${n}`, type: '', data: new Uint8Array([n]) })),
    };
    for (const attempt of [
      client.createPaste(text('x'), { expirySeconds: 300, password: 'pw' }),
      client.createPaste(two, { expirySeconds: 300 }),
      client.deletePaste('abcdefgh', 'a'.repeat(43)),
    ]) {
      await expect(attempt).rejects.toMatchObject({ code: 'client.v2_unsupported' });
    }
    expect(double.texts.size).toBe(0);
  });

  it('reads the replies of v2 servers by shape', () => {
    const read = (s: string) => readV2Reply(new TextEncoder().encode(s));
    expect(read('"{\\"error\\": \\"text not found\\"}"')).toEqual({
      kind: 'error',
      message: 'text not found',
    });
    expect(read('"Error with text to share"')).toMatchObject({ kind: 'error' });
    expect(read('{"ipfs": false, "url_id": "abcdefgh"}')).toEqual({
      kind: 'created',
      urlId: 'abcdefgh',
    });
    expect(read('{"alive": true, "version": "2.0.3", "protocols": [2, 3]}')).toMatchObject({
      protocols: [2, 3],
    });
    expect(read('"hello"')).toBeUndefined();
    expect(read('\u0089PNY')).toBeUndefined();
    expect([0, 300, 3600, 86_400, 604_800, 2_592_000].map(v2ExpiryText)).toEqual([
      '',
      '5 minutes',
      '1 hour',
      '1 day',
      '1 week',
      '30 days',
    ]);
  });
});
