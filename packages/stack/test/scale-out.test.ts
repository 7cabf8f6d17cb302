// Scale-out: two paste servers, each with its own nym-client, on one PostgreSQL schema, over
// the local mixnet. Any server reads what another stored; a burn-after-reading paste raced
// through both servers is delivered exactly once.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { isPasteProtocolError, type PasteClient } from '@pastenym/paste-protocol';
import { describeWithPostgres } from '@pastenym/test-postgres';
import { startScaleOut, type ScaleOut } from './support/scale-out.js';

const READERS_PER_SERVER = 3;
const content = (text: string) => ({ text, attachments: [] });

await describeWithPostgres('two paste servers on one PostgreSQL', (postgresUrl) => {
  let net: ScaleOut;
  beforeAll(async () => {
    net = await startScaleOut(postgresUrl);
  }, 60_000);
  afterAll(async () => {
    await net?.close();
  }, 30_000);

  it('has two servers with addresses of their own', () => {
    const [a, b] = net.servers;
    expect(a!.address).not.toBe(b!.address);
  });

  it('reads through one server what was created through the other', async () => {
    const [a, b] = [(await net.client(0)).paste, (await net.client(1)).paste];
    await Promise.all([a.ping(), b.ping()]);
    const handledBefore = net.servers.map((server) => server.stats().handled);
    const viaA = await a.createPaste(content('created through A'), { expirySeconds: 3600 });
    const viaB = await b.createPaste(content('created through B'), {
      expirySeconds: 3600,
      maxViews: 5,
    });
    expect(await b.getPaste(viaA.pasteId, { key: viaA.key! })).toMatchObject({
      content: content('created through A'),
      remainingViews: null,
    });
    expect(await a.getPaste(viaB.pasteId, { key: viaB.key! })).toMatchObject({
      content: content('created through B'),
      remainingViews: 4,
    });
    // Each server handled its own client's create and the other's cross read.
    net.servers.forEach((server, index) => {
      expect(server.stats().handled - handledBefore[index]!).toBe(2);
    });
  }, 60_000);

  it('delivers a burn-after-reading paste raced through both servers exactly once', async () => {
    const creator = (await net.client(0)).paste;
    const readers: { server: number; paste: PasteClient }[] = [];
    for (const server of [0, 1]) {
      for (let i = 0; i < READERS_PER_SERVER; i++) {
        readers.push({ server, paste: (await net.client(server)).paste });
      }
    }
    for (let round = 0; round < 3; round++) {
      const text = `burn ${round}`;
      const created = await creator.createPaste(content(text), {
        expirySeconds: 3600,
        maxViews: 1,
      });
      const handledBefore = net.servers.map((server) => server.stats().handled);
      const outcomes = await Promise.allSettled(
        readers.map(({ paste }) => paste.getPaste(created.pasteId, { key: created.key! })),
      );
      const delivered = outcomes.filter((outcome) => outcome.status === 'fulfilled');
      expect(delivered).toHaveLength(1);
      expect(delivered[0]!.value).toMatchObject({ content: content(text), remainingViews: 0 });
      for (const outcome of outcomes) {
        if (outcome.status === 'rejected') {
          expect(isPasteProtocolError(outcome.reason, 'paste.not_found')).toBe(true);
        }
      }
      // Every reader was handled by its own server: both took part in the race.
      net.servers.forEach((server, index) => {
        expect(server.stats().handled - handledBefore[index]!).toBe(READERS_PER_SERVER);
      });
    }
  }, 90_000);
});
