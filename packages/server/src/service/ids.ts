import type { CryptoProvider } from '@pastenym/crypto';
import { encodeBase64Url, utf8 } from '@pastenym/crypto';

/** Random bytes in a v3 paste id: 128 bits, 22 base64url characters. */
export const PASTE_ID_BYTES = 16;
/**
 * Random bytes in a v2 paste id: 144 bits, 24 base64url characters. The different length keeps
 * the two kinds apart without a lookup: a v2 `getText` for an id of any other length is not
 * found at once, so a v2 client can never spend a view of a v3 paste it cannot open.
 */
export const V2_PASTE_ID_BYTES = 18;
/** Length of a v2 paste id in characters. */
export const V2_PASTE_ID_LENGTH = 24;
/** Length of a v3 paste id in characters (16 bytes in base64url). */
export const V3_PASTE_ID_LENGTH = 22;
/**
 * Length of the original backend's ids (48 bits), which only `import-v2` brings in: this server
 * never draws such short ids itself.
 */
export const IMPORTED_V2_ID_LENGTH = 8;
/** Random bytes in an owner (deletion) token: 256 bits, 43 base64url characters. */
export const OWNER_TOKEN_BYTES = 32;

/** A fresh v3 paste id. */
export function newPasteId(rng: (length: number) => Uint8Array): string {
  return encodeBase64Url(rng(PASTE_ID_BYTES));
}

/** A fresh v2 paste id (see {@link V2_PASTE_ID_BYTES}). */
export function newV2PasteId(rng: (length: number) => Uint8Array): string {
  return encodeBase64Url(rng(V2_PASTE_ID_BYTES));
}

/** A fresh owner token: returned to the creator once, stored only as {@link ownerTokenHash}. */
export function newOwnerToken(rng: (length: number) => Uint8Array): string {
  return encodeBase64Url(rng(OWNER_TOKEN_BYTES));
}

/**
 * The stored form of an owner token: SHA-256 of its text. A plain hash suffices (no salt, no
 * slow KDF) because the token is 256 random bits: nothing to guess, only to not keep in clear.
 */
export function ownerTokenHash(crypto: Pick<CryptoProvider, 'sha256'>, token: string): Uint8Array {
  return crypto.sha256(utf8(token));
}
