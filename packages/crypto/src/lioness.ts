import type { CryptoProvider } from './provider.js';
import { xorInto } from './bytes.js';
import { CryptoError } from './errors.js';

/** Lioness key: ChaCha20 key | hash key | ChaCha20 key | hash key (32 + 64 + 32 + 64 bytes). */
export const LIONESS_KEY_LENGTH = 192;
/** The left block is as wide as a ChaCha20 key; blocks shorter than this plus one are refused. */
export const LIONESS_MIN_BLOCK = 33;
const LEFT = 32;
const HASH_KEY_LENGTH = 64;

/**
 * Lioness (Anderson and Biham, 1996): a wide-block cipher from a stream cipher and a hash, so
 * that flipping any bit of a Sphinx payload garbles all of it. Four rounds:
 * `R ^= S(L ^ K1); L ^= H(K2, R); R ^= S(L ^ K3); L ^= H(K4, R)`.
 * S is ChaCha20 keyed by the 32-byte left half; H(K, R) is BLAKE2b-512(K | R) cut to 32 bytes
 * (BLAKE2b has no length extension, so prefix keying is a PRF, and every engine has it natively).
 */
export class Lioness {
  private readonly k1: Uint8Array;
  private readonly k2: Uint8Array;
  private readonly k3: Uint8Array;
  private readonly k4: Uint8Array;

  /** @throws {CryptoError} `crypto.invalid_key` unless the key is 192 bytes. */
  constructor(
    private readonly crypto: CryptoProvider,
    key: Uint8Array,
  ) {
    if (key.length !== LIONESS_KEY_LENGTH) {
      throw new CryptoError(
        'crypto.invalid_key',
        `Lioness key must be ${LIONESS_KEY_LENGTH} bytes`,
      );
    }
    this.k1 = key.subarray(0, 32);
    this.k2 = key.subarray(32, 96);
    this.k3 = key.subarray(96, 128);
    this.k4 = key.subarray(128, 192);
  }

  /** Encrypts a block of at least 33 bytes, in place. */
  encryptInPlace(block: Uint8Array): void {
    const { left, right, scratch } = this.split(block);
    this.streamRound(left, right, this.k1);
    this.hashRound(left, right, this.k2, scratch);
    this.streamRound(left, right, this.k3);
    this.hashRound(left, right, this.k4, scratch);
  }

  /** Decrypts a block of at least 33 bytes, in place. */
  decryptInPlace(block: Uint8Array): void {
    const { left, right, scratch } = this.split(block);
    this.hashRound(left, right, this.k4, scratch);
    this.streamRound(left, right, this.k3);
    this.hashRound(left, right, this.k2, scratch);
    this.streamRound(left, right, this.k1);
  }

  /** A block's halves, and room for its hash rounds' input: hash key then right half. */
  private split(block: Uint8Array) {
    if (block.length < LIONESS_MIN_BLOCK) {
      throw new CryptoError(
        'crypto.invalid_key',
        `Lioness block must be >= ${LIONESS_MIN_BLOCK} bytes`,
      );
    }
    const right = block.subarray(LEFT);
    const scratch = new Uint8Array(HASH_KEY_LENGTH + right.length);
    return { left: block.subarray(0, LEFT), right, scratch };
  }

  private streamRound(left: Uint8Array, right: Uint8Array, key: Uint8Array): void {
    const roundKey = Uint8Array.from(left);
    xorInto(roundKey, key);
    this.crypto.chacha20(roundKey, right, right);
  }

  /** `scratch` holds K | R for the hash: one buffer for both hash rounds of a block. */
  private hashRound(
    left: Uint8Array,
    right: Uint8Array,
    key: Uint8Array,
    scratch: Uint8Array,
  ): void {
    scratch.set(key);
    scratch.set(right, HASH_KEY_LENGTH);
    xorInto(left, this.crypto.blake2b512(scratch).subarray(0, LEFT));
  }
}
