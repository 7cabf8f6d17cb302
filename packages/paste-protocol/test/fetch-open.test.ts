// The two steps of reading a paste, apart: fetch the sealed bundle (one `get`, one view), then
// open it as often as the reader needs to get the key or password right.
import { describe, expect, it } from 'vitest';
import { honours } from '../src/client/get.js';
import {
  decodeRequest,
  DEFAULT_LIMITS,
  encodePasteKey,
  encodeReply,
  isPasteProtocolError,
  openFetchedPaste,
  PasteClient,
  sealPaste,
  type PasteReply,
  type Reply,
  type Transport,
} from '../src/index.js';
import { createMemoryTransportPair } from '../src/testing/index.js';
import { nodeCrypto as crypto } from './helpers.js';

const CONTENT = {
  text: 'hello',
  attachments: [{ name: 'a.bin', type: '', data: Uint8Array.of(1, 2, 3) }],
};

/** A server side that answers every `get` with `answer(id)`; returns the ids it saw. */
function serve(server: Transport, answer: (id: string) => Reply | undefined): string[] {
  const seen: string[] = [];
  server.onMessage((bytes) => {
    const decoded = decodeRequest(bytes, DEFAULT_LIMITS);
    if (!decoded.ok || decoded.request.op !== 'get') return;
    seen.push(decoded.request.pasteId);
    const reply = answer(decoded.request.id);
    if (reply) void server.send(encodeReply(reply));
  });
  return seen;
}

function fetchOnce(transport: Transport, options: Parameters<PasteClient['fetchPaste']>[1] = {}) {
  const client = new PasteClient({ transport, crypto });
  return client.fetchPaste('pasteId1', options).finally(() => client.close());
}

async function sealed(password?: string) {
  return sealPaste({ crypto }, CONTENT, {
    expirySeconds: 3600,
    maxViews: 1,
    public: false,
    ...(password ? { password, passwordIterations: 1000 } : {}),
  });
}

function pasteReply(bundle: Uint8Array, expiresIn: number): PasteReply {
  return { op: 'paste', id: 'x', format: 'v3', bundle, remainingViews: 0, expiresIn };
}

describe('PasteClient.fetchPaste', () => {
  it('returns the sealed bundle of the reply to its own request', async () => {
    const [client, server] = createMemoryTransportPair();
    const { bundle } = await sealed();
    const seen = serve(server, (id) => {
      void server.send(encodeReply({ op: 'deleted', id: 'someone-elses-request-00' }));
      return { op: 'paste', id, format: 'v3', bundle, remainingViews: 0, expiresIn: 3600 };
    });
    let sent = false;
    const reply = await fetchOnce(client, { onSent: () => (sent = true) });
    expect(seen).toEqual(['pasteId1']);
    expect(sent).toBe(true);
    expect(reply).toMatchObject({ op: 'paste', remainingViews: 0, bundle });
  });

  it('turns error replies into typed errors, unknown codes into server.internal', async () => {
    const [client, server] = createMemoryTransportPair();
    let code = 'paste.not_found';
    serve(server, (id) => ({ op: 'error', id, code, message: 'gone' }));
    await expect(fetchOnce(client)).rejects.toSatisfy((e) =>
      isPasteProtocolError(e, 'paste.not_found'),
    );
    code = 'paste.something_new';
    await expect(fetchOnce(client)).rejects.toSatisfy((e) =>
      isPasteProtocolError(e, 'server.internal'),
    );
  });

  it('times out, aborts, and reports a transport that cannot send', async () => {
    const [client] = createMemoryTransportPair();
    await expect(fetchOnce(client, { timeoutMs: 10 })).rejects.toSatisfy((e) =>
      isPasteProtocolError(e, 'client.timeout'),
    );
    const controller = new AbortController();
    const pending = fetchOnce(client, { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toSatisfy((e) => isPasteProtocolError(e, 'client.aborted'));
    const broken: Transport = {
      send: () => Promise.reject(new Error('down')),
      onMessage: () => () => undefined,
    };
    await expect(fetchOnce(broken)).rejects.toSatisfy((e) =>
      isPasteProtocolError(e, 'client.transport'),
    );
  });
});

describe('openFetchedPaste', () => {
  it('opens with the right password after a wrong one, from the same fetched bundle', async () => {
    const { bundle, key } = await sealed('right');
    const reply = pasteReply(bundle, 3600);
    const linkKey = encodePasteKey(key!);
    await expect(openFetchedPaste({ crypto }, reply, { key: linkKey })).rejects.toSatisfy((e) =>
      isPasteProtocolError(e, 'format.password_required'),
    );
    await expect(
      openFetchedPaste({ crypto }, reply, { key: linkKey, password: 'wrong' }),
    ).rejects.toSatisfy((e) => isPasteProtocolError(e, 'format.wrong_password'));
    const opened = await openFetchedPaste({ crypto }, reply, { key: linkKey, password: 'right' });
    expect(opened.content).toEqual(CONTENT);
    expect(opened).toMatchObject({
      format: 'v3',
      remainingViews: 0,
      serverHonoursOptions: true,
      options: { maxViews: 1 },
    });
  });

  it('tells a wrong key apart', async () => {
    const { bundle } = await sealed();
    const other = encodePasteKey(new Uint8Array(32));
    await expect(
      openFetchedPaste({ crypto }, pasteReply(bundle, 60), { key: other }),
    ).rejects.toSatisfy((e) => isPasteProtocolError(e, 'format.wrong_key'));
  });

  it('notices a server that does not honour the sealed options', () => {
    const options = { expirySeconds: 3600, maxViews: 1, public: false };
    expect(honours(options, 0, 3600)).toBe(true);
    expect(honours(options, 5, 3600)).toBe(false);
    expect(honours(options, 0, null)).toBe(false);
    expect(honours({ ...options, maxViews: null, expirySeconds: 0 }, null, null)).toBe(true);
  });
});
