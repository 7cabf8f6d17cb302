// The Sphinx work behind one delivered message on the local mixnet, with nothing else: the
// sender builds the packet (its ack block, sealed content and header), three mixes and the
// recipient's gateway process it, the recipient opens the content, and the ack makes the same
// four hops back. What `bench:mixnet` compares the whole system against.
import type { CryptoProvider } from '@pastenym/crypto';
import { createAckSurb, createPacket, fireAck, processPacket } from '@pastenym/sphinx';
import { generateClientKeys } from '../src/index.js';
import { open, seal } from '../src/client/sealed-content.js';

/** A fragment's sealed body, as the client sends for a 1 KB message. */
const BODY_LENGTH = 1620;

export interface SphinxWorkload {
  /** One delivered message's Sphinx work, end to end. */
  lifecycle(): Promise<void>;
  /** The same, in parts (ms each, averaged over `count` runs on this thread). */
  parts(count: number): Promise<Record<'create' | 'mixHop' | 'lastHop' | 'open', number>>;
}

export function sphinxWorkload(crypto: CryptoProvider): SphinxWorkload {
  const nodes = Array.from({ length: 4 }, () => {
    const privateKey = crypto.randomBytes(32);
    return {
      privateKey,
      publicKey: crypto.x25519.publicKey(privateKey),
      address: crypto.randomBytes(32),
    };
  });
  const ctx = { crypto, rng: (n: number) => crypto.randomBytes(n) };
  const delays = [0, 0, 0, 0];
  const recipient = generateClientKeys(crypto);
  const body = crypto.randomBytes(BODY_LENGTH);
  const destination = { address: crypto.randomBytes(32) };
  const ackDestination = { address: crypto.randomBytes(32), surbId: crypto.randomBytes(16) };

  const throughRoute = (packet: Uint8Array): Uint8Array => {
    let current = packet;
    for (const node of nodes) {
      const result = processPacket(crypto, node.privateKey, current);
      if (result.kind === 'drop') throw new Error(`dropped: ${result.reason}`);
      if (result.kind === 'forward') current = result.packet;
      else return result.payload;
    }
    throw new Error('no delivery');
  };

  const create = async () => {
    const ackBlock = await createAckSurb(ctx, nodes, delays, ackDestination);
    const sealed = await seal(crypto, ctx.rng, recipient.encryptionPublic, body);
    const packet = await createPacket(ctx, nodes, delays, destination, sealed);
    return { ackBlock, packet };
  };

  const time = async (op: () => unknown, count: number) => {
    const started = performance.now();
    for (let i = 0; i < count; i++) await op();
    return (performance.now() - started) / count;
  };

  return {
    async lifecycle() {
      const { ackBlock, packet } = await create();
      const delivered = throughRoute(packet);
      if (!(await open(crypto, recipient.encryptionPrivate, recipient.encryptionPublic, delivered)))
        throw new Error('content did not open');
      throughRoute(fireAck(ctx.rng, ackBlock).packet);
    },
    async parts(count) {
      const createMs = await time(create, count);
      const packets = await Promise.all(
        Array.from({ length: count }, async () => (await create()).packet),
      );
      let k = 0;
      const mixHop = await time(
        () => processPacket(crypto, nodes[0]!.privateKey, packets[k++]!),
        count,
      );
      const atLastHop = packets.map((packet) => {
        let current = packet;
        for (const node of nodes.slice(0, 3)) {
          const result = processPacket(crypto, node.privateKey, current);
          if (result.kind === 'forward') current = result.packet;
        }
        return current;
      });
      k = 0;
      const lastHop = await time(
        () => processPacket(crypto, nodes[3]!.privateKey, atLastHop[k++]!),
        count,
      );
      const sealed = await seal(crypto, ctx.rng, recipient.encryptionPublic, body);
      const opening = await time(
        () => open(crypto, recipient.encryptionPrivate, recipient.encryptionPublic, sealed),
        count,
      );
      return { create: createMs, mixHop, lastHop, open: opening };
    },
  };
}
