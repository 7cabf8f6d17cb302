import { describe, expect, it } from 'vitest';
import { createNodeCrypto } from '@pastenym/crypto/node';
import {
  createMemoryTransportPair,
  decodeRequest,
  DEFAULT_LIMITS,
  encodePasteKey,
  encodeReply,
  isPasteProtocolError,
  PasteProtocolError,
  sealPaste,
  type Reply,
  type Transport,
} from '@pastenym/paste-protocol';
import { WebError } from '../src/errors.js';
import { fetchPaste } from '../src/paste/fetch-paste.js';
import { honours, openFetchedPaste } from '../src/paste/open-paste.js';
import { FAILURE_TEXT, failureKind } from '../src/paste/outcome.js';

const crypto = createNodeCrypto();
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

async function sealed(password?: string) {
  return sealPaste({ crypto }, CONTENT, {
    expirySeconds: 3600,
    maxViews: 1,
    public: false,
    ...(password ? { password, passwordIterations: 1000 } : {}),
  });
}

describe('fetchPaste', () => {
  it('returns the sealed bundle of the reply to its own request', async () => {
    const [client, server] = createMemoryTransportPair();
    const { bundle } = await sealed();
    const seen = serve(server, (id) => {
      void server.send(encodeReply({ op: 'deleted', id: 'someone-elses-request-00' }));
      return { op: 'paste', id, format: 'v3', bundle, remainingViews: 0, expiresIn: 3600 };
    });
    let sent = false;
    const reply = await fetchPaste(client, crypto, 'pasteId1', { onSent: () => (sent = true) });
    expect(seen).toEqual(['pasteId1']);
    expect(sent).toBe(true);
    expect(reply).toMatchObject({ op: 'paste', remainingViews: 0, bundle });
  });

  it('turns error replies into typed errors, unknown codes into server.internal', async () => {
    const [client, server] = createMemoryTransportPair();
    let code = 'paste.not_found';
    serve(server, (id) => ({ op: 'error', id, code, message: 'gone' }));
    await expect(fetchPaste(client, crypto, 'pasteId1')).rejects.toSatisfy((e) =>
      isPasteProtocolError(e, 'paste.not_found'),
    );
    code = 'paste.something_new';
    await expect(fetchPaste(client, crypto, 'pasteId1')).rejects.toSatisfy((e) =>
      isPasteProtocolError(e, 'server.internal'),
    );
  });

  it('times out, aborts, and reports a transport that cannot send', async () => {
    const [client] = createMemoryTransportPair();
    await expect(fetchPaste(client, crypto, 'pasteId1', { timeoutMs: 10 })).rejects.toSatisfy((e) =>
      isPasteProtocolError(e, 'client.timeout'),
    );
    const controller = new AbortController();
    const pending = fetchPaste(client, crypto, 'pasteId1', { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toSatisfy((e) => isPasteProtocolError(e, 'client.aborted'));
    const broken: Transport = {
      send: () => Promise.reject(new Error('down')),
      onMessage: () => () => undefined,
    };
    await expect(fetchPaste(broken, crypto, 'pasteId1')).rejects.toSatisfy((e) =>
      isPasteProtocolError(e, 'client.transport'),
    );
  });
});

describe('openFetchedPaste', () => {
  it('opens with the right password after a wrong one, from the same fetched bundle', async () => {
    const { bundle, key } = await sealed('right');
    const reply = {
      op: 'paste',
      id: 'x',
      format: 'v3',
      bundle,
      remainingViews: 0,
      expiresIn: 3600,
    } as const;
    const linkKey = encodePasteKey(key!);
    await expect(openFetchedPaste({ crypto }, reply, linkKey)).rejects.toSatisfy((e) =>
      isPasteProtocolError(e, 'format.password_required'),
    );
    await expect(openFetchedPaste({ crypto }, reply, linkKey, 'wrong')).rejects.toSatisfy((e) =>
      isPasteProtocolError(e, 'format.wrong_password'),
    );
    const opened = await openFetchedPaste({ crypto }, reply, linkKey, 'right');
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
    const reply = {
      op: 'paste',
      id: 'x',
      format: 'v3',
      bundle,
      remainingViews: 0,
      expiresIn: 60,
    } as const;
    const other = encodePasteKey(new Uint8Array(32));
    await expect(openFetchedPaste({ crypto }, reply, other)).rejects.toSatisfy((e) =>
      isPasteProtocolError(e, 'format.wrong_key'),
    );
  });

  it('notices a server that does not honour the sealed options', () => {
    const options = { expirySeconds: 3600, maxViews: 1, public: false };
    expect(honours(options, 0, 3600)).toBe(true);
    expect(honours(options, 5, 3600)).toBe(false);
    expect(honours(options, 0, null)).toBe(false);
    expect(honours({ ...options, maxViews: null, expirySeconds: 0 }, null, null)).toBe(true);
  });
});

describe('failureKind', () => {
  it('sorts errors into what a reader needs to know', () => {
    const kind = (code: ConstructorParameters<typeof PasteProtocolError>[0]) =>
      failureKind(new PasteProtocolError(code, ''));
    expect(kind('paste.not_found')).toBe('not_found');
    expect(kind('format.wrong_key')).toBe('wrong_key');
    expect(kind('legacy.auth_failed')).toBe('wrong_key');
    expect(kind('format.wrong_password')).toBe('wrong_password');
    expect(kind('format.tampered')).toBe('damaged');
    expect(kind('client.timeout')).toBe('offline');
    expect(kind('server.busy')).toBe('busy');
    expect(kind('pow.aborted')).toBe('aborted');
    expect(failureKind(new WebError('web.send_failed', ''))).toBe('offline');
    expect(failureKind(new Error('other'))).toBe('error');
  });

  it('says in one state that a paste is missing, expired or burned', () => {
    expect(FAILURE_TEXT.not_found.detail).toMatch(
      /does not exist, has expired or was burned after reading/,
    );
  });
});
