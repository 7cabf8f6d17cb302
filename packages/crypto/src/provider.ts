/**
 * The primitives the mixnet and the paste format are built from, behind one interface, so that
 * protocol code stays pure and runs unchanged in Node (native, fast) and in browsers (WebCrypto
 * plus @noble). Every provider must produce identical bytes: the shared suite checks it.
 *
 * Symmetric primitives are synchronous: they run per packet on hot paths and are cheap
 * everywhere. X25519 has both forms: `sharedSecret` is synchronous (mix nodes need it on the
 * packet path; in browsers it falls back to pure JavaScript and is slow) and
 * `sharedSecretAsync` uses the fastest engine available (WebCrypto in browsers). AES-GCM is
 * asynchronous because WebCrypto is.
 */
export interface CryptoProvider {
  /** A short name for logs and benchmarks, e.g. `node:crypto+sodium`. */
  readonly name: string;
  /** Cryptographically secure random bytes. */
  randomBytes(length: number): Uint8Array;
  sha256(data: Uint8Array): Uint8Array;
  hmacSha256(key: Uint8Array, data: Uint8Array): Uint8Array;
  /** HKDF-SHA256 (RFC 5869), extract then expand to `length` bytes (at most 8160). */
  hkdfSha256(ikm: Uint8Array, salt: Uint8Array, info: Uint8Array, length: number): Uint8Array;
  /** AES-128 in counter mode with a 16-byte initial counter block; encrypts and decrypts. */
  aes128Ctr(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array;
  /**
   * ChaCha20 (RFC 8439 block function) with a zero nonce and a zero counter, XORed over
   * `data`. The same bytes as the original 8-byte-nonce ChaCha20 with a zero nonce. With
   * `into` (as long as `data`, or `data` itself for in place), writes there and returns it:
   * hot paths save an allocation.
   * @throws {CryptoError} `crypto.invalid_key` unless the key is 32 bytes and `into` fits.
   */
  chacha20(key: Uint8Array, data: Uint8Array, into?: Uint8Array): Uint8Array;
  /** Unkeyed BLAKE2b with a 64-byte digest. */
  blake2b512(data: Uint8Array): Uint8Array;
  readonly x25519: X25519;
  readonly ed25519: Ed25519;
  readonly aes256Gcm: Aead;
}

/**
 * Ed25519 signatures (RFC 8032): identity keys of clients, gateways, mix nodes and the
 * directory. Private keys are 32-byte seeds.
 */
export interface Ed25519 {
  publicKey(seed: Uint8Array): Uint8Array;
  sign(seed: Uint8Array, message: Uint8Array): Uint8Array;
  /** False for a bad signature, a bad key or wrong lengths; never throws. */
  verify(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean;
}

/** X25519 (RFC 7748). Private keys are 32 bytes and clamped by the function, as usual. */
export interface X25519 {
  /** The public key of a private key. */
  publicKey(privateKey: Uint8Array): Uint8Array;
  /**
   * The shared secret of a private and a public key. Providers may cache per-key state keyed
   * by the private key's array object, so keep long-lived keys in one array and do not mutate it.
   * @throws {CryptoError} `crypto.invalid_point` when the result is all zero (a low-order
   *   point, such as an all-zero public key): callers treat the input as invalid.
   * @throws {CryptoError} `crypto.invalid_key` when a key is not 32 bytes.
   */
  sharedSecret(privateKey: Uint8Array, publicKey: Uint8Array): Uint8Array;
  /** {@link sharedSecret} on the fastest engine available; same errors, rejected. */
  sharedSecretAsync(privateKey: Uint8Array, publicKey: Uint8Array): Promise<Uint8Array>;
}

/**
 * An AEAD whose ciphertext carries its 16-byte tag at the end (WebCrypto's layout). AES-256-GCM
 * here takes a 32-byte key and a 12-byte IV (12 to 128 bytes accepted, for legacy ciphertexts).
 */
export interface Aead {
  seal(
    key: Uint8Array,
    iv: Uint8Array,
    plaintext: Uint8Array,
    aad: Uint8Array,
  ): Promise<Uint8Array>;
  /** @throws {CryptoError} `crypto.auth_failed` when the key, iv, aad or ciphertext is wrong. */
  open(
    key: Uint8Array,
    iv: Uint8Array,
    ciphertext: Uint8Array,
    aad: Uint8Array,
  ): Promise<Uint8Array>;
}
