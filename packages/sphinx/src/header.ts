import { equalBytes } from '@pastenym/crypto';
import {
  ADDRESS_LENGTH,
  ALPHA_LENGTH,
  BETA_LENGTH,
  GAMMA_LENGTH,
  HEADER_LENGTH,
  MAX_HOPS,
  SLOT_LENGTH,
  SURB_ID_LENGTH,
} from './geometry.js';
import { deriveHopKeys, type HopKeys } from './hop-keys.js';
import { encodeFinal, encodeForward, NEXT_GAMMA_OFFSET } from './routing.js';
import { SphinxError } from './errors.js';
import type { Destination, RouteHop, SphinxContext } from './types.js';
import type { CryptoProvider } from '@pastenym/crypto';

const ZERO_IV = new Uint8Array(16);
const STREAM_LENGTH = BETA_LENGTH + SLOT_LENGTH;

/** The header stream of a hop: AES-128-CTR keystream over beta plus one spare slot. */
export function headerStream(crypto: CryptoProvider, keys: HopKeys): Uint8Array {
  return crypto.aes128Ctr(keys.headerKey, ZERO_IV, new Uint8Array(STREAM_LENGTH));
}

/** gamma = HMAC-SHA256(mac key, beta), cut to 16 bytes. */
export function headerMac(crypto: CryptoProvider, keys: HopKeys, beta: Uint8Array): Uint8Array {
  return crypto.hmacSha256(keys.macKey, beta).subarray(0, GAMMA_LENGTH);
}

/** True when gamma authenticates beta; constant time. */
export function checkHeaderMac(
  crypto: CryptoProvider,
  keys: HopKeys,
  beta: Uint8Array,
  gamma: Uint8Array,
): boolean {
  return equalBytes(headerMac(crypto, keys, beta), gamma);
}

function validateRoute(
  route: readonly RouteHop[],
  delays: readonly number[],
  destination: Destination,
): void {
  const fail = (why: string): never => {
    throw new SphinxError('sphinx.invalid_route', why);
  };
  if (route.length < 1 || route.length > MAX_HOPS) fail(`a route has 1 to ${MAX_HOPS} hops`);
  if (delays.length !== route.length) fail('one delay per hop');
  for (const delay of delays)
    if (!(delay >= 0 && delay < 1e9)) fail('delays are non-negative milliseconds');
  for (const hop of route) {
    if (hop.address.length !== ADDRESS_LENGTH || hop.publicKey.length !== 32)
      fail('bad hop key or address');
  }
  if (destination.address.length !== ADDRESS_LENGTH) fail('bad destination address');
  if (destination.surbId && destination.surbId.length !== SURB_ID_LENGTH) fail('bad surb id');
}

/**
 * The per-hop shared secrets of a new header, as each node will compute them. Blinding factors
 * are used as X25519 private keys: node i computes `alpha_{i+1} = X25519(b_i, alpha_i)`, so the
 * sender folds `[x, b_0, ..., b_{i-1}]` over hop i's public key (clamped scalars commute).
 */
async function sharedSecrets(
  ctx: SphinxContext,
  route: readonly RouteHop[],
  secret: Uint8Array,
): Promise<HopKeys[]> {
  const { x25519 } = ctx.crypto;
  const firstStep = await Promise.all(
    route.map((hop) => x25519.sharedSecretAsync(secret, hop.publicKey)),
  );
  const keys: HopKeys[] = [];
  for (let i = 0; i < route.length; i++) {
    let shared = firstStep[i]!;
    for (let j = 0; j < i; j++)
      shared = await x25519.sharedSecretAsync(keys[j]!.blindingFactor, shared);
    keys.push(deriveHopKeys(ctx.crypto, shared));
  }
  return keys;
}

/**
 * The filler: what the last hop's beta must end with so that every MAC on the way checks out
 * after each hop has shifted beta by one slot and appended its stream's tail.
 */
function filler(streams: readonly Uint8Array[]): Uint8Array {
  let fill = new Uint8Array(0);
  for (const stream of streams.slice(0, -1)) {
    const next = new Uint8Array(fill.length + SLOT_LENGTH);
    next.set(fill);
    const tail = stream.subarray(STREAM_LENGTH - next.length);
    for (let k = 0; k < next.length; k++) next[k]! ^= tail[k]!;
    fill = next;
  }
  return fill;
}

/** A new header and the keys each hop will derive (kept by reply-block owners). */
export interface BuiltHeader {
  readonly header: Uint8Array;
  readonly hopKeys: readonly HopKeys[];
}

/**
 * Builds a Sphinx header for `route`, ending at `destination`.
 * @throws {SphinxError} `sphinx.invalid_route` for an empty or too long route, a delay per hop
 *   missing, or keys and addresses of the wrong size.
 * @throws {CryptoError} `crypto.invalid_point` when a hop's public key is a low-order point.
 */
export async function createHeader(
  ctx: SphinxContext,
  route: readonly RouteHop[],
  delays: readonly number[],
  destination: Destination,
): Promise<BuiltHeader> {
  validateRoute(route, delays, destination);
  const n = route.length;
  const secret = ctx.rng(32);
  const alpha = ctx.crypto.x25519.publicKey(secret);
  const hopKeys = await sharedSecrets(ctx, route, secret);
  const streams = hopKeys.map((keys) => headerStream(ctx.crypto, keys));
  const fill = filler(streams);

  // The last hop's beta: its slot, random padding, then the filler, under its stream.
  let beta = new Uint8Array(BETA_LENGTH);
  encodeFinal(
    beta.subarray(0, SLOT_LENGTH),
    destination.address,
    destination.surbId,
    delays[n - 1]!,
  );
  const paddingEnd = BETA_LENGTH - fill.length;
  beta.set(ctx.rng(paddingEnd - SLOT_LENGTH), SLOT_LENGTH);
  const lastStream = streams[n - 1]!;
  for (let k = 0; k < paddingEnd; k++) beta[k]! ^= lastStream[k]!;
  beta.set(fill, paddingEnd);
  let gamma = headerMac(ctx.crypto, hopKeys[n - 1]!, beta);

  for (let i = n - 2; i >= 0; i--) {
    const next = new Uint8Array(BETA_LENGTH);
    encodeForward(next.subarray(0, SLOT_LENGTH), route[i + 1]!.address, delays[i]!);
    next.set(gamma, NEXT_GAMMA_OFFSET);
    next.set(beta.subarray(0, BETA_LENGTH - SLOT_LENGTH), SLOT_LENGTH);
    const stream = streams[i]!;
    for (let k = 0; k < BETA_LENGTH; k++) next[k]! ^= stream[k]!;
    beta = next;
    gamma = headerMac(ctx.crypto, hopKeys[i]!, beta);
  }

  const header = new Uint8Array(HEADER_LENGTH);
  header.set(alpha, 0);
  header.set(gamma, ALPHA_LENGTH);
  header.set(beta, ALPHA_LENGTH + GAMMA_LENGTH);
  return { header, hopKeys };
}
