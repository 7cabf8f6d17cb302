import { concatBytes, Lioness, utf8, type CryptoProvider } from '@pastenym/crypto';
import { ADDRESS_LENGTH, HEADER_LENGTH, PAYLOAD_LENGTH, SURB_ID_LENGTH } from './geometry.js';
import { createHeader } from './header.js';
import { encryptLayers, framePayload, unframePayload } from './payload.js';
import { SphinxError } from './errors.js';
import type { Destination, Rng, RouteHop, SphinxContext } from './types.js';

/** A reply block: first hop | header | seed of the reply key. Anyone holding it can reply once. */
export const SURB_LENGTH = ADDRESS_LENGTH + HEADER_LENGTH + 32;
/** An ack block: first hop | header. Fired by the last hop of the packet that carried it. */
export const ACK_SURB_LENGTH = ADDRESS_LENGTH + HEADER_LENGTH;

/** What the owner of a reply block keeps, to open the reply: never leaves the owner. */
export interface SurbSecrets {
  readonly surbId: Uint8Array;
  /** The Lioness keys of every hop, in route order. */
  readonly hopPayloadKeys: readonly Uint8Array[];
  /** The replier's layer. */
  readonly replyKey: Uint8Array;
}

/** A packet ready to hand to its first hop. */
export interface AddressedPacket {
  readonly firstHop: Uint8Array;
  readonly packet: Uint8Array;
}

const REPLY_KEY_INFO = utf8('pastenym sphinx v1 reply key');

function replyKey(crypto: CryptoProvider, seed: Uint8Array): Uint8Array {
  return crypto.hkdfSha256(seed, new Uint8Array(0), REPLY_KEY_INFO, 192);
}

function requireSurbId(destination: Destination): Uint8Array {
  if (destination.surbId?.length !== SURB_ID_LENGTH) {
    throw new SphinxError('sphinx.invalid_route', 'a reply block needs a 16-byte surb id');
  }
  return destination.surbId;
}

/**
 * Makes a single-use reply block for `route` (which ends at the owner's gateway) delivering to
 * `destination` (the owner's address and a fresh surb id). Hand out `surb`; keep `secrets`.
 * @throws {SphinxError} `sphinx.invalid_route`
 */
export async function createSurb(
  ctx: SphinxContext,
  route: readonly RouteHop[],
  delays: readonly number[],
  destination: Destination,
): Promise<{ surb: Uint8Array; secrets: SurbSecrets }> {
  const surbId = requireSurbId(destination);
  const { header, hopKeys } = await createHeader(ctx, route, delays, destination);
  const seed = ctx.rng(32);
  const surb = concatBytes(route[0]!.address, header, seed);
  const secrets: SurbSecrets = {
    surbId: Uint8Array.from(surbId),
    hopPayloadKeys: hopKeys.map((keys) => keys.payloadKey.slice()),
    replyKey: replyKey(ctx.crypto, seed),
  };
  return { surb, secrets };
}

/**
 * Uses a reply block to send `message` (at most 2048 bytes) back to its owner, without learning
 * the route or the owner's address.
 * @throws {SphinxError} `sphinx.invalid_surb` for a block of the wrong size,
 *   `sphinx.payload_too_large`
 */
export function useSurb(
  crypto: CryptoProvider,
  surb: Uint8Array,
  message: Uint8Array,
): AddressedPacket {
  if (surb.length !== SURB_LENGTH)
    throw new SphinxError('sphinx.invalid_surb', `a reply block is ${SURB_LENGTH} bytes`);
  const payload = framePayload(message);
  new Lioness(
    crypto,
    replyKey(crypto, surb.subarray(ADDRESS_LENGTH + HEADER_LENGTH)),
  ).encryptInPlace(payload);
  return {
    firstHop: surb.slice(0, ADDRESS_LENGTH),
    packet: concatBytes(surb.subarray(ADDRESS_LENGTH, ADDRESS_LENGTH + HEADER_LENGTH), payload),
  };
}

/**
 * Opens a reply delivered for one of our reply blocks: undoes every hop's layer, then the
 * replier's, and checks integrity.
 * @throws {SphinxError} `sphinx.reply_integrity` when the payload was tampered with or the
 *   secrets are not this reply's.
 */
export function openReply(
  crypto: CryptoProvider,
  secrets: SurbSecrets,
  payload: Uint8Array,
): Uint8Array {
  if (payload.length !== PAYLOAD_LENGTH)
    throw new SphinxError('sphinx.reply_integrity', 'reply payload has the wrong size');
  const data = Uint8Array.from(payload);
  // Hops decrypted in route order; re-encrypting innermost-last restores the replier's layer.
  encryptLayers(crypto, data, secrets.hopPayloadKeys);
  new Lioness(crypto, secrets.replyKey).decryptInPlace(data);
  const message = unframePayload(data);
  if (!message) throw new SphinxError('sphinx.reply_integrity', 'reply failed its integrity check');
  return message;
}

/**
 * Makes an ack block: a header-only reply block whose surb id is the ack id. It travels inside
 * a packet's payload; the last hop fires it, and its arrival tells the sender the packet got
 * through. 380 bytes.
 * @throws {SphinxError} `sphinx.invalid_route`
 */
export async function createAckSurb(
  ctx: SphinxContext,
  route: readonly RouteHop[],
  delays: readonly number[],
  destination: Destination,
): Promise<Uint8Array> {
  requireSurbId(destination);
  const { header } = await createHeader(ctx, route, delays, destination);
  return concatBytes(route[0]!.address, header);
}

/**
 * Turns an ack block into a full-size packet (random payload: on the wire an ack looks like
 * every other packet).
 * @throws {SphinxError} `sphinx.invalid_surb` for a block of the wrong size.
 */
export function fireAck(rng: Rng, ackSurb: Uint8Array): AddressedPacket {
  if (ackSurb.length !== ACK_SURB_LENGTH)
    throw new SphinxError('sphinx.invalid_surb', `an ack block is ${ACK_SURB_LENGTH} bytes`);
  return {
    firstHop: ackSurb.slice(0, ADDRESS_LENGTH),
    packet: concatBytes(ackSurb.subarray(ADDRESS_LENGTH), rng(PAYLOAD_LENGTH)),
  };
}
