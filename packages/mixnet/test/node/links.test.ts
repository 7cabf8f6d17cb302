import { connect, createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { PACKET_LENGTH } from '@pastenym/sphinx';
import { Counters } from '../../src/node/counters.js';
import { LinkPool } from '../../src/node/link-pool.js';
import { startLinkServer, type LinkServer } from '../../src/node/link-server.js';
import { waitFor } from '@pastenym/runtime/testing';

const host = '127.0.0.1';
const cleanup: (() => Promise<void> | void)[] = [];

afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

function packet(n: number): Uint8Array {
  return new Uint8Array(PACKET_LENGTH).fill(n);
}

async function server(
  port = 0,
): Promise<{ link: LinkServer; received: Uint8Array[]; counters: Counters }> {
  const received: Uint8Array[] = [];
  const counters = new Counters();
  const link = await startLinkServer({ host, port, counters, onPacket: (p) => received.push(p) });
  cleanup.push(() => link.close());
  return { link, received, counters };
}

function pool(options: ConstructorParameters<typeof LinkPool>[0]): LinkPool {
  const created = new LinkPool(options);
  cleanup.push(() => created.close());
  return created;
}

/** A port that was free a moment ago. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, host, resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe('links', () => {
  it('carries packets in order over one persistent connection', async () => {
    const { link, received, counters: inbound } = await server();
    const counters = new Counters();
    const links = pool({ counters });
    for (let n = 0; n < 5; n++) links.send('peer', { host, port: link.port }, packet(n));
    await waitFor(() => received.length === 5, 'five packets');
    expect(received).toEqual([0, 1, 2, 3, 4].map(packet));
    expect(counters.get(`link.frame_out.${PACKET_LENGTH + 4}`)).toBe(5);
    expect(inbound.get('link.in_connections')).toBe(1);
  });

  it('queues while the peer is down and delivers once it listens', async () => {
    const port = await freePort();
    const counters = new Counters();
    const links = pool({ counters, minBackoffMs: 10, maxBackoffMs: 50 });
    links.send('late', { host, port }, packet(1));
    links.send('late', { host, port }, packet(2));
    await waitFor(() => counters.get('link.out_error') > 0, 'a failed connection attempt');
    const { received } = await server(port);
    await waitFor(() => received.length === 2, 'the queued packets');
    expect(received).toEqual([packet(1), packet(2)]);
  });

  it('drops and counts packets beyond the queue bound', async () => {
    const counters = new Counters();
    const links = pool({ counters, maxQueue: 2, minBackoffMs: 1000 });
    const port = await freePort();
    const sent = [1, 2, 3].map((n) => links.send('nobody', { host, port }, packet(n)));
    expect(sent).toEqual([true, true, false]);
    expect(counters.get('link.drop_queue_full')).toBe(1);
  });

  it('closes a connection that sends a bad frame and keeps serving the others', async () => {
    const { link, received, counters } = await server();
    const bad = connect(link.port, host);
    bad.on('error', () => {});
    bad.write(Uint8Array.of(0, 0, 0, 5, 1, 2, 3, 4, 5));
    await new Promise((resolve) => bad.on('close', resolve));
    expect(counters.get('link.bad_frame')).toBe(1);
    const links = pool({ counters: new Counters() });
    links.send('peer', { host, port: link.port }, packet(9));
    await waitFor(() => received.length === 1, 'a packet on a good link');
  });

  it('closes links to nodes that left the topology', async () => {
    const { link } = await server();
    const links = pool({ counters: new Counters() });
    links.send('stays', { host, port: link.port }, packet(1));
    links.send('leaves', { host, port: link.port }, packet(2));
    links.retain(new Set(['stays']));
    expect(links.size).toBe(1);
  });
});
