import { CryptoError } from './errors.js';

/** Throws `crypto.invalid_key` unless `bytes` has the given length; shared by every provider. */
export function assertLength(bytes: Uint8Array, length: number, what: string): void {
  if (bytes.length !== length) {
    throw new CryptoError(
      'crypto.invalid_key',
      `${what} must be ${length} bytes, got ${bytes.length}`,
    );
  }
}

/** The error every provider throws when X25519 yields the all-zero secret. */
export function invalidPoint(cause?: unknown): CryptoError {
  return new CryptoError('crypto.invalid_point', 'X25519 produced the all-zero secret', { cause });
}

/** The error every AEAD throws when opening fails, whatever the reason. */
export function authFailed(cause?: unknown): CryptoError {
  return new CryptoError('crypto.auth_failed', 'authentication failed', { cause });
}

/**
 * AES-GCM here takes a 32-byte key and an IV of 12 to 128 bytes: 12 is the norm; longer IVs
 * exist only to read legacy (SJCL) ciphertexts, and every engine handles them alike.
 */
export function assertGcmParameters(key: Uint8Array, iv: Uint8Array): void {
  assertLength(key, 32, 'AES-256-GCM key');
  if (iv.length < 12 || iv.length > 128) {
    throw new CryptoError(
      'crypto.invalid_key',
      `AES-256-GCM iv must be 12 to 128 bytes, got ${iv.length}`,
    );
  }
}

/** Runs a synchronous computation and hands its result or its error over as a promise. */
export function promiseOf<T>(compute: () => T): Promise<T> {
  try {
    return Promise.resolve(compute());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}
