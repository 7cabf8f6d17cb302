/**
 * @pastenym/crypto: the primitives behind one provider interface, the Lioness wide-block
 * cipher, and the encodings (base58, base64url, hex) every other package uses. Pure: pick a
 * provider from `@pastenym/crypto/node` or `@pastenym/crypto/browser` at the composition root.
 */
export type { CryptoProvider, X25519, Ed25519, Aead } from './provider.js';
export { CryptoError, type CryptoErrorCode } from './errors.js';
export { Lioness, LIONESS_KEY_LENGTH, LIONESS_MIN_BLOCK } from './lioness.js';
export { encodeBase58, decodeBase58 } from './base58.js';
export { encodeBase64Url, encodeBase64, decodeBase64, decodeBase64Url } from './base64url.js';
export { encodeHex, decodeHex } from './hex.js';
export {
  concatBytes,
  equalBytes,
  xorInto,
  isAllZero,
  writeU64,
  readU64,
  utf8,
  fromUtf8,
} from './bytes.js';
