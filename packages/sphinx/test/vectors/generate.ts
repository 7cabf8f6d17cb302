// Builds the Sphinx test vectors from fixed seeds. Every CryptoProvider must reproduce them
// byte for byte; `write.ts` stores the result in sphinx.json.
import type { CryptoProvider } from '@pastenym/crypto';
import { decodeHex, encodeHex, utf8 } from '@pastenym/crypto';
import {
  createAckSurb,
  createPacket,
  createSurb,
  fireAck,
  openReply,
  processPacket,
  useSurb,
} from '../../src/index.js';
import { makeNodes, seededRng, type TestNode } from '../fixtures.js';

export interface HopVector {
  readonly kind: string;
  readonly next?: string;
  readonly delay?: number;
  readonly replayTag?: string;
  /** SHA-256 of the forwarded packet (full packets would make the file large). */
  readonly packetSha256?: string;
  readonly destination?: string;
  readonly surbId?: string | null;
  readonly payload?: string;
}

export interface SphinxVector {
  readonly name: string;
  readonly seed: string;
  readonly route: readonly { address: string; publicKey: string; privateKey: string }[];
  readonly delays: readonly number[];
  readonly message: string;
  /** The packet the first hop receives, in full. */
  readonly packet: string;
  readonly hops: readonly HopVector[];
  /** For replies: the reply opened by the owner. */
  readonly opened?: string;
}

function walk(crypto: CryptoProvider, route: readonly TestNode[], packet: Uint8Array): HopVector[] {
  const hops: HopVector[] = [];
  let current = packet;
  for (const node of route) {
    const r = processPacket(crypto, node.privateKey, current);
    if (r.kind === 'forward') {
      hops.push({
        kind: r.kind,
        next: encodeHex(r.next),
        delay: r.delay,
        replayTag: encodeHex(r.replayTag),
        packetSha256: encodeHex(crypto.sha256(r.packet)),
      });
      current = r.packet;
    } else if (r.kind === 'deliver') {
      hops.push({
        kind: r.kind,
        destination: encodeHex(r.destination),
        surbId: r.surbId && encodeHex(r.surbId),
        delay: r.delay,
        replayTag: encodeHex(r.replayTag),
        payload: encodeHex(r.payload),
      });
    } else hops.push({ kind: r.kind });
    if (r.kind !== 'forward') break;
  }
  return hops;
}

const describeRoute = (route: readonly TestNode[]) =>
  route.map((n) => ({
    address: encodeHex(n.address),
    publicKey: encodeHex(n.publicKey),
    privateKey: encodeHex(n.privateKey),
  }));

/** Generates every vector with `crypto`. */
export async function generateVectors(crypto: CryptoProvider): Promise<SphinxVector[]> {
  const nodes = makeNodes(crypto, 5, 'vector-nodes');
  const vectors: SphinxVector[] = [];
  const destination = { address: seededRng(crypto, 'vector-destination')(32) };

  for (let hops = 1; hops <= 5; hops++) {
    const seed = `forward-${hops}`;
    const route = nodes.slice(0, hops);
    const delays = route.map((_, i) => (i === hops - 1 ? 0 : 15 + i));
    const message = utf8(`a message through ${hops} hops`);
    const packet = await createPacket(
      { crypto, rng: seededRng(crypto, seed) },
      route,
      delays,
      destination,
      message,
    );
    vectors.push({
      name: `forward through ${hops} hops`,
      seed,
      route: describeRoute(route),
      delays,
      message: encodeHex(message),
      packet: encodeHex(packet),
      hops: walk(crypto, route, packet),
    });
  }

  const replyRoute = nodes.slice(1, 5);
  const owner = { address: destination.address, surbId: seededRng(crypto, 'vector-surb-id')(16) };
  const ctx = { crypto, rng: seededRng(crypto, 'reply-4') };
  const { surb, secrets } = await createSurb(ctx, replyRoute, [1, 2, 3, 0], owner);
  const reply = utf8('a reply through a reply block');
  const replyPacket = useSurb(crypto, surb, reply).packet;
  const replyHops = walk(crypto, replyRoute, replyPacket);
  const delivered = replyHops.at(-1)?.payload ?? '';
  const opened = openReply(crypto, secrets, decodeHex(delivered));
  vectors.push({
    name: 'reply through 4 hops',
    seed: 'reply-4',
    route: describeRoute(replyRoute),
    delays: [1, 2, 3, 0],
    message: encodeHex(reply),
    packet: encodeHex(replyPacket),
    hops: replyHops,
    opened: encodeHex(opened),
  });

  const ackCtx = { crypto, rng: seededRng(crypto, 'ack-4') };
  const ackSurb = await createAckSurb(ackCtx, replyRoute, [0, 0, 0, 0], owner);
  const ackPacket = fireAck(ackCtx.rng, ackSurb).packet;
  vectors.push({
    name: 'ack through 4 hops',
    seed: 'ack-4',
    route: describeRoute(replyRoute),
    delays: [0, 0, 0, 0],
    message: '',
    packet: encodeHex(ackPacket),
    hops: walk(crypto, replyRoute, ackPacket),
  });
  return vectors;
}
