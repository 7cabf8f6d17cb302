import { ed25519KeyFromBase58, KEY_LENGTH, x25519KeyFromBase58 } from './keys.js';

/** The 96 bytes of an address text, or the real client's message for why not. */
export type RecipientTextResult = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

// The trailing spaces are in the real client's messages too.
const NOT_ONE_AT =
  "recipient is malformed - the string address does not contain exactly a single '@' character ";
const NOT_ONE_DOT =
  "recipient is malformed - the string address does not contain exactly a single '.' character ";

/**
 * Reads `identity.encryption@gateway` with the real client's checks, in its order: exactly one
 * `@`, exactly one `.` to its left, then each key.
 */
export function parseRecipientText(text: string): RecipientTextResult {
  const halves = text.split('@');
  if (halves.length !== 2) return { ok: false, message: NOT_ONE_AT };
  const client = halves[0]!.split('.');
  if (client.length !== 2) return { ok: false, message: NOT_ONE_DOT };
  const identity = ed25519KeyFromBase58(client[0]!);
  if (!identity.ok) {
    return { ok: false, message: `recipient's identity key is malformed: ${identity.message}` };
  }
  const encryption = x25519KeyFromBase58(client[1]!);
  if (!encryption.ok) {
    return { ok: false, message: `recipient's encryption key is malformed: ${encryption.message}` };
  }
  const gateway = ed25519KeyFromBase58(halves[1]!);
  if (!gateway.ok) {
    return {
      ok: false,
      message: `recipient gateway's identity key is malformed: ${gateway.message}`,
    };
  }
  const bytes = new Uint8Array(3 * KEY_LENGTH);
  bytes.set(identity.bytes, 0);
  bytes.set(encryption.bytes, KEY_LENGTH);
  bytes.set(gateway.bytes, 2 * KEY_LENGTH);
  return { ok: true, bytes };
}
