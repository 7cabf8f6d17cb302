import { concatBytes, equalBytes, utf8, type CryptoProvider } from '@pastenym/crypto';

/**
 * Content of a forward packet, sealed for its recipient: the exit gateway sees the packet's
 * plaintext, so fragments are encrypted end to end to the recipient's X25519 key.
 * Layout: ephemeral public key 32 | tag 16 | ChaCha20 ciphertext. Keys from HKDF-SHA256 of the
 * X25519 secret; the tag is HMAC-SHA256 (cut to 16) over the ephemeral key and ciphertext.
 */
export const SEAL_OVERHEAD = 48;
const INFO = utf8('pastenym sealed content v1');

function keys(
  crypto: CryptoProvider,
  shared: Uint8Array,
  ephemeral: Uint8Array,
  recipient: Uint8Array,
) {
  const m = crypto.hkdfSha256(shared, concatBytes(ephemeral, recipient), INFO, 64);
  return { cipherKey: m.subarray(0, 32), macKey: m.subarray(32) };
}

/** Seals `plaintext` for the holder of `recipientKey`. */
export async function seal(
  crypto: CryptoProvider,
  rng: (n: number) => Uint8Array,
  recipientKey: Uint8Array,
  plaintext: Uint8Array,
): Promise<Uint8Array> {
  const ephemeralPrivate = rng(32);
  const ephemeral = crypto.x25519.publicKey(ephemeralPrivate);
  const shared = await crypto.x25519.sharedSecretAsync(ephemeralPrivate, recipientKey);
  const { cipherKey, macKey } = keys(crypto, shared, ephemeral, recipientKey);
  const ciphertext = crypto.chacha20(cipherKey, plaintext);
  const tag = crypto.hmacSha256(macKey, concatBytes(ephemeral, ciphertext)).subarray(0, 16);
  return concatBytes(ephemeral, tag, ciphertext);
}

/** Opens sealed content; `undefined` when it is not for us or was tampered with. */
export async function open(
  crypto: CryptoProvider,
  privateKey: Uint8Array,
  publicKey: Uint8Array,
  sealed: Uint8Array,
): Promise<Uint8Array | undefined> {
  if (sealed.length < SEAL_OVERHEAD) return undefined;
  const ephemeral = sealed.subarray(0, 32);
  const tag = sealed.subarray(32, 48);
  const ciphertext = sealed.subarray(48);
  let shared: Uint8Array;
  try {
    shared = await crypto.x25519.sharedSecretAsync(privateKey, ephemeral);
  } catch {
    return undefined;
  }
  const { cipherKey, macKey } = keys(crypto, shared, ephemeral, publicKey);
  const expected = crypto.hmacSha256(macKey, concatBytes(ephemeral, ciphertext)).subarray(0, 16);
  if (!equalBytes(expected, tag)) return undefined;
  return crypto.chacha20(cipherKey, ciphertext);
}
