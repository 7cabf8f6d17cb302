import { Lioness, isAllZero, type CryptoProvider } from '@pastenym/crypto';
import { PAYLOAD_BODY_LENGTH, PAYLOAD_LENGTH, SECURITY_PARAMETER } from './geometry.js';
import { SphinxError } from './errors.js';

/**
 * Frames a message as a payload plaintext: 16 zero bytes (checked at the destination: any
 * change anywhere garbles them, Lioness being a wide-block cipher), the message, 0x01, zeros.
 * @throws {SphinxError} `sphinx.payload_too_large` beyond 2048 bytes.
 */
export function framePayload(message: Uint8Array): Uint8Array {
  if (message.length > PAYLOAD_BODY_LENGTH) {
    throw new SphinxError(
      'sphinx.payload_too_large',
      `a packet carries at most ${PAYLOAD_BODY_LENGTH} bytes`,
    );
  }
  const payload = new Uint8Array(PAYLOAD_LENGTH);
  payload.set(message, SECURITY_PARAMETER);
  payload[SECURITY_PARAMETER + message.length] = 0x01;
  return payload;
}

/** The message inside a payload plaintext, or `undefined` if the integrity check fails. */
export function unframePayload(payload: Uint8Array): Uint8Array | undefined {
  if (payload.length !== PAYLOAD_LENGTH || !isAllZero(payload.subarray(0, SECURITY_PARAMETER))) {
    return undefined;
  }
  let end = payload.length - 1;
  while (end >= SECURITY_PARAMETER && payload[end] === 0) end--;
  if (end < SECURITY_PARAMETER || payload[end] !== 0x01) return undefined;
  return payload.slice(SECURITY_PARAMETER, end);
}

/** Adds one Lioness layer per key, innermost first, so hops peel them off in route order. */
export function encryptLayers(
  crypto: CryptoProvider,
  payload: Uint8Array,
  keys: readonly Uint8Array[],
): void {
  for (let i = keys.length - 1; i >= 0; i--) new Lioness(crypto, keys[i]!).encryptInPlace(payload);
}
