import { decodeBase58 } from '@pastenym/crypto';
import { rustCharDebug } from '../codec/json/rust-format.js';

const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** Outcome of {@link decodeBase58Checked}: the bytes, or the message the real client prints. */
export type Base58Result = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/**
 * Decodes base58 (Bitcoin alphabet) and, on failure, reports the first bad byte exactly as the
 * Rust `bs58` crate does (byte offsets into the UTF-8 text), so that error replies match the
 * real nym-client word for word.
 *
 * @example decodeBase58Checked('0a') // { ok: false, message: "provided string contained invalid character '0' at byte 0" }
 */
export function decodeBase58Checked(text: string): Base58Result {
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte > 127) {
      return {
        ok: false,
        message: `provided string contained non-ascii character starting at byte ${i}`,
      };
    }
    const char = String.fromCharCode(byte);
    if (!ALPHABET.includes(char)) {
      return {
        ok: false,
        message: `provided string contained invalid character ${rustCharDebug(char)} at byte ${i}`,
      };
    }
  }
  return { ok: true, bytes: decodeBase58(text) };
}
