import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fromUtf8, utf8 } from '@pastenym/crypto';
import {
  DEFAULT_LIMITS,
  PasteClient,
  type CreateProgress,
  type Limits,
  type PasteContent,
  type TransferProgress,
  type Transport,
} from '../src/index.js';
import { createMemoryTransportPair } from '../src/testing/index.js';
import { ManualClock } from '@pastenym/runtime/testing';
import { FakeServer } from './fake-server.js';
import { providers } from './helpers.js';

const limits: Limits = { ...DEFAULT_LIMITS, maxBundleBytes: 64 * 1024 };
const content: PasteContent = {
  text: 'meet at noon',
  attachments: [{ name: 'map.png', type: 'image/png', data: Uint8Array.of(137, 80, 78, 71) }],
};
const day = { expirySeconds: 86_400 };

function setup(
  crypto = providers[0]!,
  difficulty = 8,
  extra: Partial<ConstructorParameters<typeof PasteClient>[0]> = {},
) {
  const [clientSide, serverSide] = createMemoryTransportPair();
  const server = new FakeServer(serverSide, crypto, limits, difficulty);
  const client = new PasteClient({
    transport: clientSide,
    crypto,
    passwordIterations: 10,
    yieldToEventLoop: () => Promise.resolve(),
    ...extra,
  });
  return { client, server };
}

describe.each(providers)('client against a fake server on $name', (crypto) => {
  it('pings, creates, reads and deletes', async () => {
    const { client, server } = setup(crypto);
    const info = await client.ping();
    expect(info.pow.difficulty).toBe(8);
    const created = await client.createPaste(content, { ...day, maxViews: 3 });
    expect(created).toMatchObject({ expiresIn: 86_400, passwordProtected: false });
    const fetched = await client.getPaste(created.pasteId, { key: created.key! });
    expect(fetched).toMatchObject({
      content,
      format: 'v3',
      remainingViews: 2,
      serverHonoursOptions: true,
    });
    await expect(client.deletePaste(created.pasteId, 'x'.repeat(24))).rejects.toMatchObject({
      code: 'paste.not_found',
    });
    await client.deletePaste(created.pasteId, created.ownerToken!);
    await expect(client.getPaste(created.pasteId, { key: created.key! })).rejects.toMatchObject({
      code: 'paste.not_found',
    });
    expect(server.pastes.size).toBe(0);
  });

  it('burns after reading and keeps passwords on the device', async () => {
    const { client, server } = setup(crypto);
    const created = await client.createPaste(content, { ...day, maxViews: 1, password: 'hunter2' });
    const stored = [...server.pastes.values()][0]!.stored.bundle;
    expect(fromUtf8(stored)).not.toContain('hunter2');
    await expect(client.getPaste(created.pasteId, { key: created.key! })).rejects.toMatchObject({
      code: 'format.password_required',
    });
    await expect(
      client.getPaste(created.pasteId, { key: created.key!, password: 'hunter2' }),
    ).rejects.toMatchObject({
      code: 'paste.not_found',
    });
  });

  it('creates and reads public pastes without a key', async () => {
    const { client } = setup(crypto);
    const created = await client.createPaste(content, { ...day, public: true });
    expect(created.key).toBeNull();
    expect((await client.getPaste(created.pasteId)).content).toEqual(content);
  });
});

describe('client behaviour', () => {
  it('reports progress in order and solves the announced difficulty', async () => {
    const { client } = setup(undefined, 10);
    const stages: CreateProgress['stage'][] = [];
    await client.createPaste(content, { ...day, onProgress: (p) => stages.push(p.stage) });
    const order = stages.filter((s, i) => s !== stages[i - 1]);
    expect(order.filter((s) => s !== 'pow')).toEqual(['ping', 'encrypt', 'send', 'wait']);
    expect(order.indexOf('encrypt')).toBeLessThan(order.indexOf('send'));
  });

  it('retries once when the server raised the difficulty', async () => {
    const { client, server } = setup(undefined, 4);
    await client.ping();
    server.difficulty = 9;
    const created = await client.createPaste(content, day);
    expect(server.creates).toBe(2);
    expect(server.pings).toBe(1); // the pow error named the new difficulty
    expect(server.pastes.has(created.pasteId)).toBe(true);
    await client.createPaste(content, day);
    expect(server.creates).toBe(3); // and the client remembers it
  });

  it('checks options and size against the server limits before sending', async () => {
    const { client, server } = setup();
    await expect(client.createPaste(content, { expirySeconds: 42 })).rejects.toMatchObject({
      code: 'request.invalid_options',
    });
    await expect(client.createPaste(content, { ...day, maxViews: 10_001 })).rejects.toMatchObject({
      code: 'request.invalid_options',
    });
    const random = providers[0]!.randomBytes(70_000);
    const big = { text: '', attachments: [{ name: 'r', type: '', data: random }] };
    await expect(client.createPaste(big, day)).rejects.toMatchObject({ code: 'client.too_large' });
    expect(server.creates).toBe(0);
  });

  it('matches replies to requests by id, whatever their order', async () => {
    const { client, server } = setup();
    const a = await client.createPaste({ text: 'a', attachments: [] }, day);
    const b = await client.createPaste({ text: 'b', attachments: [] }, day);
    server.holdReplies = true;
    const reads = [a, b].map((p) => client.getPaste(p.pasteId, { key: p.key! }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(server.held).toHaveLength(2);
    server.release();
    const texts = (await Promise.all(reads)).map((r) => r.content.text);
    expect(texts).toEqual(['a', 'b']);
  });

  it('warns when the server does not honour the view limit', async () => {
    const { client, server } = setup();
    const created = await client.createPaste(content, { ...day, maxViews: 1 });
    server.honoursViews = false;
    const fetched = await client.getPaste(created.pasteId, { key: created.key! });
    expect(fetched.serverHonoursOptions).toBe(false);
  });

  it('sends two reply blocks ahead with a ping, for the create that soon follows', async () => {
    const [clientSide, serverSide] = createMemoryTransportPair();
    new FakeServer(serverSide, providers[0]!, limits, 8);
    const blocks: (number | undefined)[] = [];
    const transport: Transport = {
      ...clientSide,
      send: (bytes, options) => {
        blocks.push(options?.replyBlocks);
        return clientSide.send(bytes, options);
      },
    };
    const clock = new ManualClock();
    const yieldToEventLoop = () => Promise.resolve();
    const client = new PasteClient({ transport, crypto: providers[0]!, clock, yieldToEventLoop });
    await client.ping();
    await client.createPaste(content, day);
    await client.createPaste(content, day);
    // The first create spent the blocks ahead; the second carries its own.
    expect(blocks).toEqual([3, 0, 2]);
    await client.ping();
    await clock.advance(60_000);
    await client.createPaste(content, day);
    // A minute on, the blocks ahead are no longer counted on.
    expect(blocks.slice(3)).toEqual([3, 2]);
  });

  it('times out, aborts and reports transport failures', async () => {
    const silent: Transport = { send: () => Promise.resolve(), onMessage: () => () => {} };
    const clock = new ManualClock();
    const client = new PasteClient({ transport: silent, crypto: providers[0]!, clock });
    const ping = client.ping();
    const rejected = expect(ping).rejects.toMatchObject({ code: 'client.timeout' });
    await clock.advance(2000); // no v3 pong in 2 s: the v2 probe goes out
    await clock.advance(120_000); // the v3 ping and then the probe time out
    await clock.advance(2000);
    await rejected;
    const controller = new AbortController();
    const aborted = client.ping({ signal: controller.signal });
    controller.abort();
    await expect(aborted).rejects.toMatchObject({ code: 'client.aborted' });
    const broken: Transport = {
      send: () => Promise.reject(new Error('closed')),
      onMessage: () => () => {},
    };
    const failing = new PasteClient({ transport: broken, crypto: providers[0]! });
    await expect(failing.ping()).rejects.toMatchObject({ code: 'client.transport' });
  });

  it('waits as long as a reply keeps arriving, and times out after silence', async () => {
    const { client: creator } = setup();
    const { pasteId } = await creator.createPaste(content, day);
    const { transport, arriving } = replylessTransport();
    const clock = new ManualClock();
    const client = new PasteClient({ transport, crypto: providers[0]!, clock });
    let outcome: unknown;
    const fetching = client.fetchPaste(pasteId).catch((error: unknown) => (outcome = error));
    // A large reply flows slowly: a fragment every 100 s, each under the 120 s timeout.
    for (let done = 1; done <= 5; done++) {
      await clock.advance(100_000);
      for (const listener of arriving) listener({ done, total: 10 });
    }
    expect(outcome).toBeUndefined();
    // Then nothing more arrives: the timeout runs out.
    await clock.advance(120_000);
    await fetching;
    expect(outcome).toMatchObject({ code: 'client.timeout' });
    expect(arriving.size).toBe(0);
  });

  it('gives up as soon as answerWithinMs passes with no fragment, and not once one came', async () => {
    const { transport, arriving } = replylessTransport();
    const clock = new ManualClock();
    const client = new PasteClient({ transport, crypto: providers[0]!, clock });
    expect(client.seesArrivals).toBe(true);
    const outcome = (promise: Promise<unknown>) => {
      const seen: { error?: unknown } = {};
      void promise.catch((error: unknown) => (seen.error = error));
      return seen;
    };
    // Nothing at all: the short wait decides, long before the 120 s timeout.
    const unanswered = outcome(client.fetchPaste('aZ3x_9Qp', { answerWithinMs: 15_000 }));
    await clock.advance(14_999);
    expect(unanswered.error).toBeUndefined();
    await clock.advance(1);
    expect(unanswered.error).toMatchObject({ code: 'client.timeout' });
    // A first fragment within the short wait: from then on only silence counts.
    const flowing = outcome(client.fetchPaste('aZ3x_9Qp', { answerWithinMs: 15_000 }));
    await clock.advance(10_000);
    for (const listener of arriving) listener({ done: 1, total: 50 });
    await clock.advance(100_000);
    expect(flowing.error).toBeUndefined();
    await clock.advance(30_000);
    expect(flowing.error).toMatchObject({ code: 'client.timeout' });
  });

  it('reads pastes created through the v2 API, with their v2 key', async () => {
    const { client, server } = setup();
    const { vectors } = JSON.parse(
      readFileSync(new URL('./vectors/v2-vectors.json', import.meta.url), 'utf8'),
    ) as {
      vectors: {
        key: string | null;
        text: string;
        encParams: unknown;
        expected: { text: string };
      }[];
    };
    const vector = vectors.find((v) => v.key !== null)!;
    const request = {
      event: 'newText',
      data: { text: vector.text, encParams: vector.encParams, burn: false },
    };
    const reply = JSON.parse(fromUtf8(server.handle(utf8(JSON.stringify(request)))!)) as {
      url_id: string;
    };
    const fetched = await client.getPaste(reply.url_id, { key: vector.key! });
    expect(fetched).toMatchObject({
      format: 'v2',
      options: null,
      content: { text: vector.expected.text },
    });
  });
});

/**
 * A transport that takes every request and delivers no reply; the test tells of reply
 * fragments arriving through `arriving`'s listeners.
 */
function replylessTransport(): {
  transport: Transport;
  arriving: Set<(progress: TransferProgress) => void>;
} {
  const arriving = new Set<(progress: TransferProgress) => void>();
  const transport: Transport = {
    send: () => Promise.resolve(),
    onMessage: () => () => {},
    onReceiving: (listener) => {
      arriving.add(listener);
      return () => arriving.delete(listener);
    },
  };
  return { transport, arriving };
}
