import type { CryptoProvider } from '@pastenym/crypto';
import { concatBytes, decodeBase58, encodeBase58, utf8 } from '@pastenym/crypto';
import { CHECK_BYTES } from './header.js';

/** Link keys are 32 random bytes: the whole secret of an unprotected paste. */
export const PASTE_KEY_BYTES = 32;

/** A link key as it appears in links: base58 (no `+/-_` to break on, double-click selects it). */
export function encodePasteKey(key: Uint8Array): string {
  return encodeBase58(key);
}

/** Decodes a base58 link key; `undefined` unless it is 32 bytes (never throws). */
export function decodePasteKey(text: string): Uint8Array | undefined {
  try {
    const key = decodeBase58(text);
    return key.length === PASTE_KEY_BYTES ? key : undefined;
  } catch {
    return undefined;
  }
}

/**
 * True for a v3 link key (32 bytes in base58). Only a server that speaks v3 holds such a
 * paste, so a reader need not ping first to learn the protocol; v2 keys are 32-character
 * passwords, and public links carry no key at all.
 */
export function isV3LinkKey(key: string | undefined): boolean {
  return key !== undefined && decodePasteKey(key) !== undefined;
}

/** The keys of one bundle, all from HKDF-SHA256 with the bundle's salt. */
export interface BundleKeys {
  readonly contentKey: Uint8Array;
  /** Lets a reader tell a wrong link key from a tampered bundle; reveals nothing of the key. */
  readonly keyCheck: Uint8Array;
  /** Zero without a password; needs the link key too, so the server cannot test passwords. */
  readonly passwordCheck: Uint8Array;
}

/**
 * Derives the bundle keys from the link key and, for protected pastes, the PBKDF2 output of the
 * password (`passwordKey`). Distinct HKDF labels keep the check values independent of the
 * content key.
 */
export function deriveBundleKeys(
  crypto: Pick<CryptoProvider, 'hkdfSha256'>,
  linkKey: Uint8Array,
  passwordKey: Uint8Array | null,
  salt: Uint8Array,
): BundleKeys {
  const hkdf = (ikm: Uint8Array, label: string, length: number) =>
    crypto.hkdfSha256(ikm, salt, utf8(`pastenym/v3/${label}`), length);
  const keyCheck = hkdf(linkKey, 'key-check', CHECK_BYTES);
  if (!passwordKey) {
    return {
      contentKey: hkdf(linkKey, 'content-key', 32),
      keyCheck,
      passwordCheck: new Uint8Array(CHECK_BYTES),
    };
  }
  const both = concatBytes(linkKey, passwordKey);
  return {
    contentKey: hkdf(both, 'content-key+password', 32),
    keyCheck,
    passwordCheck: hkdf(both, 'password-check', CHECK_BYTES),
  };
}
