import { CryptoError, concatBytes, Lioness, type CryptoProvider } from '@pastenym/crypto';
import {
  ALPHA_LENGTH,
  BETA_LENGTH,
  GAMMA_LENGTH,
  HEADER_LENGTH,
  PACKET_LENGTH,
  SLOT_LENGTH,
} from './geometry.js';
import { checkHeaderMac, createHeader, headerStream } from './header.js';
import { deriveHopKeys } from './hop-keys.js';
import { encryptLayers, framePayload, unframePayload } from './payload.js';
import { decodeRouting, NEXT_GAMMA_OFFSET } from './routing.js';
import type { ReplayFilter } from './replay-filter.js';
import type { Destination, ProcessResult, RouteHop, SphinxContext } from './types.js';

/**
 * Builds a packet that carries `message` (at most 2048 bytes) along `route` to `destination`,
 * each hop holding it for its `delays` entry (milliseconds).
 * @throws {SphinxError} `sphinx.invalid_route`, `sphinx.payload_too_large`
 * @example const packet = await createPacket(ctx, route, [5, 5, 5, 0], { address: gateway }, bytes);
 */
export async function createPacket(
  ctx: SphinxContext,
  route: readonly RouteHop[],
  delays: readonly number[],
  destination: Destination,
  message: Uint8Array,
): Promise<Uint8Array> {
  const payload = framePayload(message);
  const { header, hopKeys } = await createHeader(ctx, route, delays, destination);
  encryptLayers(
    ctx.crypto,
    payload,
    hopKeys.map((keys) => keys.payloadKey),
  );
  return concatBytes(header, payload);
}

/** Options of {@link processPacket}. */
export interface ProcessOptions {
  /** Remembers replay tags; a packet whose tag it has seen is dropped as `replay`. */
  readonly replayFilter?: ReplayFilter;
}

const drop = (reason: Extract<ProcessResult, { kind: 'drop' }>['reason']): ProcessResult => ({
  kind: 'drop',
  reason,
});

/**
 * Processes one packet at the node holding `nodeKey` (its X25519 private key; keep it in one
 * long-lived array so providers can cache it). Pure apart from the replay filter; never throws:
 * malformed, tampered or replayed packets come back as `{kind: 'drop', reason}`.
 */
export function processPacket(
  crypto: CryptoProvider,
  nodeKey: Uint8Array,
  packet: Uint8Array,
  options: ProcessOptions = {},
): ProcessResult {
  if (packet.length !== PACKET_LENGTH) return drop('bad_length');
  const alpha = packet.subarray(0, ALPHA_LENGTH);
  const gamma = packet.subarray(ALPHA_LENGTH, ALPHA_LENGTH + GAMMA_LENGTH);
  const beta = packet.subarray(ALPHA_LENGTH + GAMMA_LENGTH, HEADER_LENGTH);

  // X25519 ignores the top bit and reduces mod p, so two encodings of one alpha would both be
  // accepted; only the canonical one is, so that no flipped header bit ever goes unnoticed.
  if (!isCanonicalX25519(alpha)) return drop('invalid_alpha');
  let shared: Uint8Array;
  try {
    shared = crypto.x25519.sharedSecret(nodeKey, alpha);
  } catch (error) {
    if (error instanceof CryptoError) return drop('invalid_alpha');
    throw error;
  }
  const keys = deriveHopKeys(crypto, shared);
  if (!checkHeaderMac(crypto, keys, beta, gamma)) return drop('bad_mac');
  // Only authenticated packets reach the filter, so forgeries cannot poison it.
  if (options.replayFilter?.testAndAdd(keys.replayTag)) return drop('replay');

  const stream = headerStream(crypto, keys);
  const shifted = new Uint8Array(BETA_LENGTH + SLOT_LENGTH);
  shifted.set(beta);
  for (let k = 0; k < shifted.length; k++) shifted[k]! ^= stream[k]!;
  const routing = decodeRouting(shifted.subarray(0, SLOT_LENGTH));
  if (!routing) return drop('bad_routing');

  // The packet to forward is built in place: the payload is decrypted where it will be sent.
  const next = new Uint8Array(PACKET_LENGTH);
  const payload = next.subarray(HEADER_LENGTH);
  payload.set(packet.subarray(HEADER_LENGTH));
  new Lioness(crypto, keys.payloadKey).decryptInPlace(payload);
  const replayTag = keys.replayTag.slice();

  if (routing.kind === 'final') {
    if (routing.surbId) {
      // A reply or an ack: the payload stays encrypted for the reply block's owner.
      return {
        kind: 'deliver',
        destination: routing.destination,
        surbId: routing.surbId,
        payload,
        delay: routing.delay,
        replayTag,
      };
    }
    const message = unframePayload(payload);
    if (!message) return drop('payload_integrity');
    return {
      kind: 'deliver',
      destination: routing.destination,
      surbId: null,
      payload: message,
      delay: routing.delay,
      replayTag,
    };
  }

  let nextAlpha: Uint8Array;
  try {
    nextAlpha = crypto.x25519.sharedSecret(keys.blindingFactor, alpha);
  } catch (error) {
    if (error instanceof CryptoError) return drop('invalid_alpha');
    throw error;
  }
  next.set(nextAlpha, 0);
  next.set(shifted.subarray(NEXT_GAMMA_OFFSET, SLOT_LENGTH), ALPHA_LENGTH);
  next.set(shifted.subarray(SLOT_LENGTH), ALPHA_LENGTH + GAMMA_LENGTH);
  return { kind: 'forward', next: routing.next, delay: routing.delay, packet: next, replayTag };
}

/** True if `u` is the unique little-endian encoding of a field element below p = 2^255 - 19. */
function isCanonicalX25519(u: Uint8Array): boolean {
  if (u[31]! & 0x80) return false;
  if (u[31] !== 0x7f || u[0]! < 0xed) return true;
  for (let i = 1; i < 31; i++) if (u[i] !== 0xff) return true;
  return false;
}
