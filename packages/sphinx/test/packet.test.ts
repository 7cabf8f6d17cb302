import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createNodeCrypto } from '@pastenym/crypto/node';
import {
  createPacket,
  PACKET_LENGTH,
  PAYLOAD_BODY_LENGTH,
  processPacket,
  ReplayFilter,
  SphinxError,
  type ProcessResult,
} from '../src/index.js';
import { makeNodes, seededRng, type TestNode } from './fixtures.js';

const crypto = createNodeCrypto();
const nodes = makeNodes(crypto, 5);
const destination = { address: new Uint8Array(32).fill(7) };

/** Runs a packet through `route`, returning every hop's result. */
function travel(route: readonly TestNode[], packet: Uint8Array): ProcessResult[] {
  const results: ProcessResult[] = [];
  let current = packet;
  for (const node of route) {
    const result = processPacket(crypto, node.privateKey, current);
    results.push(result);
    if (result.kind !== 'forward') break;
    current = result.packet;
  }
  return results;
}

/** A packet through the first `hops` nodes without delays, from an rng seeded with `seed`. */
function packetThrough(seed: string, hops: number, message: Uint8Array): Promise<Uint8Array> {
  const route = nodes.slice(0, hops);
  const ctx = { crypto, rng: seededRng(crypto, seed) };
  return createPacket(ctx, route, new Array<number>(hops).fill(0), destination, message);
}

describe('Sphinx packets', () => {
  it('deliver the message intact through 1 to 5 hops, with each hop seeing only the next', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 5 }),
        fc.uint8Array({ maxLength: PAYLOAD_BODY_LENGTH }),
        fc.string(),
        async (hops, message, seed) => {
          const route = nodes.slice(0, hops);
          const delays = route.map((_, i) => i * 1.5);
          const ctx = { crypto, rng: seededRng(crypto, seed) };
          const packet = await createPacket(ctx, route, delays, destination, message);
          expect(packet.length).toBe(PACKET_LENGTH);
          const results = travel(route, packet);
          expect(results).toHaveLength(hops);
          results.slice(0, -1).forEach((result, i) => {
            expect(result.kind).toBe('forward');
            if (result.kind !== 'forward') return;
            expect(result.next).toEqual(route[i + 1]!.address);
            expect(result.delay).toBeCloseTo(delays[i]!, 6);
            expect(result.packet.length).toBe(PACKET_LENGTH);
          });
          const last = results.at(-1)!;
          expect(last).toMatchObject({
            kind: 'deliver',
            surbId: null,
            destination: destination.address,
          });
          if (last.kind === 'deliver') expect(last.payload).toEqual(message);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('give every hop a different-looking packet and a distinct replay tag', async () => {
    const packet = await packetThrough('unlinkable', 5, new Uint8Array(10));
    const results = travel(nodes, packet);
    const forwarded = results.flatMap((r) => (r.kind === 'forward' ? [r.packet] : []));
    const alphas = [packet, ...forwarded].map((p) =>
      Buffer.from(p.subarray(0, 32)).toString('hex'),
    );
    expect(new Set(alphas).size).toBe(5);
    const tags = results.map((r) =>
      r.kind === 'drop' ? '' : Buffer.from(r.replayTag).toString('hex'),
    );
    expect(new Set(tags).size).toBe(5);
  });

  it('are dropped when replayed at a node that keeps a replay filter', async () => {
    const packet = await packetThrough('replay', 3, new Uint8Array(5));
    const replayFilter = new ReplayFilter({ capacity: 1000 });
    const node = nodes[0]!;
    expect(processPacket(crypto, node.privateKey, packet, { replayFilter }).kind).toBe('forward');
    expect(processPacket(crypto, node.privateKey, packet, { replayFilter })).toEqual({
      kind: 'drop',
      reason: 'replay',
    });
  });

  it('are dropped, never thrown, for wrong lengths, an all-zero alpha, a low-order alpha or a wrong key', async () => {
    const packet = await packetThrough('bad', 2, new Uint8Array(5));
    const key = nodes[0]!.privateKey;
    expect(processPacket(crypto, key, packet.subarray(1))).toEqual({
      kind: 'drop',
      reason: 'bad_length',
    });
    expect(processPacket(crypto, key, new Uint8Array(0))).toEqual({
      kind: 'drop',
      reason: 'bad_length',
    });
    const zeroAlpha = Uint8Array.from(packet);
    zeroAlpha.fill(0, 0, 32);
    expect(processPacket(crypto, key, zeroAlpha)).toEqual({
      kind: 'drop',
      reason: 'invalid_alpha',
    });
    const lowOrder = Uint8Array.from(packet);
    lowOrder.fill(0, 0, 32);
    lowOrder[0] = 1;
    expect(processPacket(crypto, key, lowOrder)).toEqual({ kind: 'drop', reason: 'invalid_alpha' });
    // X25519 would accept these aliases of a valid alpha; the node must not.
    const highBit = Uint8Array.from(packet);
    highBit[31]! ^= 0x80;
    expect(processPacket(crypto, key, highBit)).toEqual({ kind: 'drop', reason: 'invalid_alpha' });
    const aboveP = Uint8Array.from(packet);
    aboveP.fill(0xff, 0, 31);
    aboveP[31] = 0x7f;
    expect(processPacket(crypto, key, aboveP)).toEqual({ kind: 'drop', reason: 'invalid_alpha' });
    expect(processPacket(crypto, nodes[1]!.privateKey, packet)).toEqual({
      kind: 'drop',
      reason: 'bad_mac',
    });
    expect(processPacket(crypto, key, new Uint8Array(PACKET_LENGTH)).kind).toBe('drop');
  });

  it('are dropped as replays at whichever hop sees them twice, and only there', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 5 }),
        fc.nat(4),
        fc.uint8Array({ maxLength: 300 }),
        fc.string({ maxLength: 8 }),
        async (hops, replayAt, message, seed) => {
          const at = replayAt % hops;
          const route = nodes.slice(0, hops);
          let current = await packetThrough(`replay/${seed}`, hops, message);
          const filters = route.map(() => new ReplayFilter({ capacity: 1000 }));
          for (let hop = 0; hop <= at; hop++) {
            const options = { replayFilter: filters[hop]! };
            const first = processPacket(crypto, route[hop]!.privateKey, current, options);
            expect(first.kind).not.toBe('drop');
            if (hop === at) {
              const again = processPacket(crypto, route[hop]!.privateKey, current, options);
              expect(again).toEqual({ kind: 'drop', reason: 'replay' });
            } else if (first.kind === 'forward') current = first.packet;
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('are dropped as invalid, never thrown, for any all-zero, low-order or non-canonical alpha', async () => {
    const packet = await packetThrough('alphas', 2, new Uint8Array(5));
    const le = (n: bigint) => {
      const bytes = new Uint8Array(32);
      for (let i = 0; i < 32; i++) bytes[i] = Number((n >> BigInt(8 * i)) & 0xffn);
      return bytes;
    };
    const p = 2n ** 255n - 19n;
    // The points of small order on Curve25519 (u-coordinates), each in canonical encoding.
    const lowOrder = [
      0n,
      1n,
      325606250916557431795983626356110631294008115727848805560023387167927233504n,
      39382357235489614581723060781553021112529911719440698176882885853963445705823n,
      p - 1n,
    ].map(le);
    const invalidAlpha = fc.oneof(
      fc.constantFrom(...lowOrder),
      // Any value with the top bit set: X25519 would ignore the bit, so it aliases another.
      fc.uint8Array({ minLength: 32, maxLength: 32 }).map((bytes) => {
        bytes[31]! |= 0x80;
        return bytes;
      }),
      // p .. 2^255 - 1: encodings of values that X25519 would reduce mod p.
      fc.integer({ min: 0, max: 18 }).map((k) => le(p + BigInt(k))),
    );
    fc.assert(
      fc.property(invalidAlpha, fc.nat(1), (alpha, hop) => {
        const tampered = Uint8Array.from(packet);
        tampered.set(alpha, 0);
        const result = processPacket(crypto, nodes[hop]!.privateKey, tampered);
        expect(result).toEqual({ kind: 'drop', reason: 'invalid_alpha' });
      }),
      { numRuns: 300, examples: lowOrder.map((alpha) => [alpha, 0] as [Uint8Array, number]) },
    );
  });

  it('are dropped at the first hop when any single header bit flips', async () => {
    const route = nodes.slice(0, 4);
    const packet = await packetThrough('flip-header', 4, new Uint8Array(100).fill(1));
    fc.assert(
      fc.property(fc.nat(348 * 8 - 1), (bit) => {
        const tampered = Uint8Array.from(packet);
        tampered[bit >> 3]! ^= 1 << (bit & 7);
        const result = processPacket(crypto, route[0]!.privateKey, tampered);
        expect(result.kind).toBe('drop');
        if (result.kind === 'drop') expect(['bad_mac', 'invalid_alpha']).toContain(result.reason);
      }),
      { numRuns: 300 },
    );
  });

  it('are dropped at the hop that checks a flipped bit in a forwarded header', async () => {
    const route = nodes.slice(0, 4);
    const packet = await packetThrough('flip-later', 4, new Uint8Array(3));
    const afterFirst = processPacket(crypto, route[0]!.privateKey, packet);
    if (afterFirst.kind !== 'forward') throw new Error('expected forward');
    fc.assert(
      // The alpha's top bit, which X25519 itself ignores, is always among the cases tried.
      fc.property(fc.nat(348 * 8 - 1), (bit) => {
        const tampered = Uint8Array.from(afterFirst.packet);
        tampered[bit >> 3]! ^= 1 << (bit & 7);
        expect(processPacket(crypto, route[1]!.privateKey, tampered).kind).toBe('drop');
      }),
      { numRuns: 200, examples: [[255]] },
    );
  });

  it('fail the integrity check at the destination when any payload bit flips', async () => {
    const route = nodes.slice(0, 3);
    const packet = await packetThrough('flip-payload', 3, new Uint8Array(64).fill(9));
    fc.assert(
      fc.property(fc.nat(2065 * 8 - 1), fc.integer({ min: 0, max: 2 }), (bit, atHop) => {
        // Flip the bit on the link into hop `atHop`.
        let current = packet;
        for (let i = 0; i < atHop; i++) {
          const r = processPacket(crypto, route[i]!.privateKey, current);
          if (r.kind !== 'forward') throw new Error('expected forward');
          current = r.packet;
        }
        const tampered = Uint8Array.from(current);
        tampered[348 + (bit >> 3)]! ^= 1 << (bit & 7);
        const results = travel(route.slice(atHop), tampered);
        expect(results.at(-1)).toEqual({ kind: 'drop', reason: 'payload_integrity' });
      }),
      { numRuns: 100 },
    );
  });

  it('refuse bad routes and oversized messages with typed errors', async () => {
    const ctx = { crypto, rng: seededRng(crypto, 'errors') };
    const tooLong = [...nodes, nodes[0]!];
    await expect(
      createPacket(
        ctx,
        tooLong,
        tooLong.map(() => 0),
        destination,
        new Uint8Array(1),
      ),
    ).rejects.toMatchObject({
      code: 'sphinx.invalid_route',
    });
    await expect(createPacket(ctx, [], [], destination, new Uint8Array(1))).rejects.toBeInstanceOf(
      SphinxError,
    );
    await expect(
      createPacket(ctx, nodes.slice(0, 2), [0], destination, new Uint8Array(1)),
    ).rejects.toMatchObject({
      code: 'sphinx.invalid_route',
    });
    await expect(
      createPacket(
        ctx,
        nodes.slice(0, 2),
        [0, 0],
        destination,
        new Uint8Array(PAYLOAD_BODY_LENGTH + 1),
      ),
    ).rejects.toMatchObject({ code: 'sphinx.payload_too_large' });
  });

  it('never throw on arbitrary bytes', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: PACKET_LENGTH, maxLength: PACKET_LENGTH }),
        (bytes) => {
          expect(processPacket(crypto, nodes[0]!.privateKey, bytes).kind).toBe('drop');
        },
      ),
      { numRuns: 200 },
    );
  });
});
