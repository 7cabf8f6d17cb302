import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createNodeCrypto } from '@pastenym/crypto/node';
import {
  ACK_SURB_LENGTH,
  createAckSurb,
  createPacket,
  createSurb,
  fireAck,
  openReply,
  PACKET_LENGTH,
  PAYLOAD_BODY_LENGTH,
  processPacket,
  SURB_LENGTH,
  useSurb,
  type ProcessResult,
} from '../src/index.js';
import { makeNodes, seededRng, type TestNode } from './fixtures.js';

const crypto = createNodeCrypto();
const nodes = makeNodes(crypto, 5, 'surb-nodes');
const owner = { address: new Uint8Array(32).fill(42), surbId: new Uint8Array(16).fill(3) };

function travel(route: readonly TestNode[], packet: Uint8Array): ProcessResult {
  let current = packet;
  for (const [i, node] of route.entries()) {
    const result = processPacket(crypto, node.privateKey, current);
    if (result.kind !== 'forward') return result;
    expect(result.next).toEqual(route[i + 1]?.address);
    current = result.packet;
  }
  throw new Error('route ended while forwarding');
}

describe('reply blocks (SURBs)', () => {
  it('carry a reply back to their owner intact, through 1 to 5 hops', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 5 }),
        fc.uint8Array({ maxLength: PAYLOAD_BODY_LENGTH }),
        fc.string(),
        async (hops, reply, seed) => {
          const route = nodes.slice(0, hops);
          const ctx = { crypto, rng: seededRng(crypto, seed) };
          const { surb, secrets } = await createSurb(
            ctx,
            route,
            route.map(() => 0),
            owner,
          );
          expect(surb.length).toBe(SURB_LENGTH);
          const { firstHop, packet } = useSurb(crypto, surb, reply);
          expect(firstHop).toEqual(route[0]!.address);
          expect(packet.length).toBe(PACKET_LENGTH);
          const delivered = travel(route, packet);
          expect(delivered).toMatchObject({
            kind: 'deliver',
            destination: owner.address,
            surbId: owner.surbId,
          });
          if (delivered.kind !== 'deliver') return;
          expect(openReply(crypto, secrets, delivered.payload)).toEqual(reply);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('do not reveal the reply to the hops: no hop sees the plaintext', async () => {
    const ctx = { crypto, rng: seededRng(crypto, 'opaque') };
    const route = nodes.slice(0, 3);
    const { surb } = await createSurb(ctx, route, [0, 0, 0], owner);
    const marker = new Uint8Array(64).fill(0xab);
    let current = useSurb(crypto, surb, marker).packet;
    const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
    for (const node of route) {
      expect(hex(current)).not.toContain(hex(marker));
      const r = processPacket(crypto, node.privateKey, current);
      if (r.kind === 'forward') current = r.packet;
      else if (r.kind === 'deliver') expect(hex(r.payload)).not.toContain(hex(marker));
    }
  });

  it('detect a tampered reply when the owner opens it', async () => {
    const ctx = { crypto, rng: seededRng(crypto, 'tamper-reply') };
    const route = nodes.slice(0, 3);
    const { surb, secrets } = await createSurb(ctx, route, [0, 0, 0], owner);
    const { packet } = useSurb(crypto, surb, new Uint8Array(10).fill(5));
    fc.assert(
      fc.property(fc.nat(2065 * 8 - 1), (bit) => {
        const tampered = Uint8Array.from(packet);
        tampered[348 + (bit >> 3)]! ^= 1 << (bit & 7);
        const delivered = travel(route, tampered);
        if (delivered.kind !== 'deliver') throw new Error('expected deliver');
        expect(() => openReply(crypto, secrets, delivered.payload)).toThrow(
          expect.objectContaining({ code: 'sphinx.reply_integrity' }),
        );
      }),
      { numRuns: 60 },
    );
  });

  it("cannot be opened with another block's secrets", async () => {
    const ctx = { crypto, rng: seededRng(crypto, 'wrong-secrets') };
    const route = nodes.slice(0, 2);
    const a = await createSurb(ctx, route, [0, 0], owner);
    const b = await createSurb(ctx, route, [0, 0], owner);
    const delivered = travel(route, useSurb(crypto, a.surb, new Uint8Array(3)).packet);
    if (delivered.kind !== 'deliver') throw new Error('expected deliver');
    expect(() => openReply(crypto, b.secrets, delivered.payload)).toThrow(
      expect.objectContaining({ code: 'sphinx.reply_integrity' }),
    );
  });

  it('refuse malformed blocks and missing ids', async () => {
    const ctx = { crypto, rng: seededRng(crypto, 'bad-surb') };
    expect(() => useSurb(crypto, new Uint8Array(SURB_LENGTH - 1), new Uint8Array(1))).toThrow(
      expect.objectContaining({ code: 'sphinx.invalid_surb' }),
    );
    await expect(
      createSurb(ctx, nodes.slice(0, 2), [0, 0], { address: owner.address }),
    ).rejects.toMatchObject({
      code: 'sphinx.invalid_route',
    });
  });
});

describe('acks (SURB-ACKs)', () => {
  it('come back to the sender with their id after the last hop fires them', async () => {
    const ctx = { crypto, rng: seededRng(crypto, 'acks') };
    const back = nodes.slice(0, 4);
    const ackId = new Uint8Array(16).fill(0x5a);
    const ackSurb = await createAckSurb(ctx, back, [0, 0, 0, 0], {
      address: owner.address,
      surbId: ackId,
    });
    expect(ackSurb.length).toBe(ACK_SURB_LENGTH);

    // The ack block rides inside a forward packet; its last hop fires it.
    const there = nodes.slice(1, 5);
    const packet = await createPacket(
      ctx,
      there,
      [0, 0, 0, 0],
      { address: new Uint8Array(32).fill(1) },
      ackSurb,
    );
    const arrived = travel(there, packet);
    if (arrived.kind !== 'deliver') throw new Error('expected deliver');
    const fired = fireAck(ctx.rng, arrived.payload.subarray(0, ACK_SURB_LENGTH));
    expect(fired.packet.length).toBe(PACKET_LENGTH);
    expect(fired.firstHop).toEqual(back[0]!.address);
    expect(travel(back, fired.packet)).toMatchObject({
      kind: 'deliver',
      destination: owner.address,
      surbId: ackId,
    });
  });

  it('refuse ack blocks of the wrong size', () => {
    expect(() => fireAck(() => new Uint8Array(2065), new Uint8Array(10))).toThrow(
      expect.objectContaining({ code: 'sphinx.invalid_surb' }),
    );
  });
});
