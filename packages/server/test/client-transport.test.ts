// The paste client against the real server: an in-memory mixnet, a real nym-client websocket
// API on 127.0.0.1 in front of the server, and the server's own transport code.
import { describe, expect, it } from 'vitest';
import { isPasteProtocolError } from '@pastenym/paste-protocol';
import { userClient } from './helpers/network.js';
import { useServerOnNetwork } from './helpers/server.js';

const setup = useServerOnNetwork();

const content = (text: string) => ({ text, attachments: [] });

describe('PasteClient through the server over the mixnet API', () => {
  it('pings, creates, reads, burns and deletes', async () => {
    const { net, server } = await setup();
    expect(server.address).toBe(net.serverBackend.selfAddress().toString());
    const client = userClient(net, server.address);
    const info = await client.ping();
    expect(info.pow.difficulty).toBe(8);

    const kept = await client.createPaste(content('kept'), { expirySeconds: 3600 });
    const burnt = await client.createPaste(content('once'), {
      expirySeconds: 3600,
      maxViews: 1,
      password: 'pw',
    });
    const reader = userClient(net, server.address);
    const read = await reader.getPaste(kept.pasteId, { key: kept.key! });
    expect(read).toMatchObject({
      content: content('kept'),
      remainingViews: null,
      serverHonoursOptions: true,
    });
    const once = await reader.getPaste(burnt.pasteId, { key: burnt.key!, password: 'pw' });
    expect(once).toMatchObject({
      content: content('once'),
      remainingViews: 0,
      serverHonoursOptions: true,
    });
    await expect(reader.getPaste(burnt.pasteId, { key: burnt.key! })).rejects.toSatisfy((e) =>
      isPasteProtocolError(e, 'paste.not_found'),
    );
    await client.deletePaste(kept.pasteId, kept.ownerToken!);
    await expect(reader.getPaste(kept.pasteId, { key: kept.key! })).rejects.toSatisfy((e) =>
      isPasteProtocolError(e, 'paste.not_found'),
    );
    expect(server.stats()).toMatchObject({ dropped: 0, replyFailures: 0 });
  });

  it('keeps serving after the nym-client restarts', async () => {
    const { net, server, logs } = await setup();
    const client = userClient(net, server.address);
    const before = await client.createPaste(content('before'), { expirySeconds: 300 });
    await net.restartDaemon();
    const after = await client.createPaste(content('after'), { expirySeconds: 300 });
    const reader = userClient(net, server.address);
    expect((await reader.getPaste(before.pasteId, { key: before.key! })).content.text).toBe(
      'before',
    );
    expect((await reader.getPaste(after.pasteId, { key: after.key! })).content.text).toBe('after');
    expect(logs.lines.join('')).toContain('lost the nym-client');
  });

  it('finishes requests in progress on stop, then refuses new ones', async () => {
    const { net, server } = await setup();
    const client = userClient(net, server.address);
    await client.ping(); // a v3 and a v2 ping: two messages
    const before = server.stats().received;
    const creating = client.createPaste(content('in flight'), { expirySeconds: 300 });
    // Stop once the request is in the pump, not before.
    while (server.stats().received === before) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    await server.stop();
    const created = await creating;
    expect(created.pasteId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const late = client.ping({ timeoutMs: 300 });
    await expect(late).rejects.toSatisfy((e) => isPasteProtocolError(e, 'client.timeout'));
  });

  it('logs no ids, tokens, keys, sender tags, addresses or payloads', async () => {
    const { net, server, logs } = await setup();
    const client = userClient(net, server.address);
    const secrets: string[] = [server.address];
    for (const maxViews of [1, null]) {
      const paste = await client.createPaste(content('log me not'), {
        expirySeconds: 300,
        maxViews,
      });
      await client.getPaste(paste.pasteId, { key: paste.key! });
      await client.deletePaste(paste.pasteId, paste.ownerToken!).catch(() => undefined);
      secrets.push(paste.pasteId, paste.ownerToken!, paste.key!);
    }
    await server.stop();
    const text = logs.lines.join('\n');
    expect(logs.lines.length).toBeGreaterThan(5);
    for (const secret of [...secrets, 'log me not']) expect(text).not.toContain(secret);
    expect(text).toContain('"op":"create"');
  });
});
