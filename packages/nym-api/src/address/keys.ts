import { ed25519 } from '@noble/curves/ed25519.js';
import { decodeBase58Checked } from './base58.js';

/** Length of each key inside an address. */
export const KEY_LENGTH = 32;

/** A key read from text, or why not, in the words of the real client. */
export type KeyResult = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

// The real client decodes keys with ed25519-dalek, which accepts any y below 2^255 and the
// "negative zero" x: that is noble's ZIP-215 mode, so both sides accept the same addresses.
function isEd25519Point(key: Uint8Array): boolean {
  try {
    ed25519.Point.fromBytes(key, true);
    return true;
  } catch {
    return false;
  }
}

/** Why bytes are not an ed25519 public key, as the real client says it; null when they are. */
export function ed25519Problem(key: Uint8Array): string | null {
  if (key.length !== KEY_LENGTH) return 'could not convert slice to array';
  return isEd25519Point(key) ? null : 'signature error: Cannot decompress Edwards point';
}

function keyBytes(text: string): KeyResult {
  const decoded = decodeBase58Checked(text);
  if (decoded.ok) return decoded;
  const message = `the base58 representation of the public key was malformed - ${decoded.message}`;
  return { ok: false, message };
}

/** An ed25519 public key from base58 (client or gateway identity). */
export function ed25519KeyFromBase58(text: string): KeyResult {
  const key = keyBytes(text);
  if (!key.ok) return key;
  const problem = ed25519Problem(key.bytes);
  return problem === null ? key : { ok: false, message: problem };
}

/** An x25519 public key from base58: any 32 bytes. */
export function x25519KeyFromBase58(text: string): KeyResult {
  const key = keyBytes(text);
  if (!key.ok || key.bytes.length === KEY_LENGTH) return key;
  const message = `received public key of invalid size. Got: ${key.bytes.length}, expected: ${KEY_LENGTH}`;
  return { ok: false, message };
}
