import type { CryptoProvider } from '@pastenym/crypto';
import { utf8 } from '@pastenym/crypto';
import { HOP_KEY_MATERIAL_LENGTH } from './geometry.js';

/** The keys one hop derives from its shared secret. */
export interface HopKeys {
  /** AES-128-CTR key of the header stream. */
  readonly headerKey: Uint8Array;
  /** HMAC-SHA256 key of gamma. */
  readonly macKey: Uint8Array;
  /** Lioness key of the payload layer. */
  readonly payloadKey: Uint8Array;
  /** Used as an X25519 private key to blind alpha for the next hop. */
  readonly blindingFactor: Uint8Array;
  /** Equal for equal packets at this node: what the replay filter remembers. */
  readonly replayTag: Uint8Array;
}

// Domain separation: these keys never collide with any other HKDF use in the project.
const INFO = utf8('pastenym sphinx v1 hop keys');
const NO_SALT = new Uint8Array(0);

/** Derives a hop's keys: HKDF-SHA256 of the X25519 shared secret to 288 bytes. */
export function deriveHopKeys(crypto: CryptoProvider, sharedSecret: Uint8Array): HopKeys {
  const m = crypto.hkdfSha256(sharedSecret, NO_SALT, INFO, HOP_KEY_MATERIAL_LENGTH);
  return {
    headerKey: m.subarray(0, 16),
    macKey: m.subarray(16, 32),
    payloadKey: m.subarray(32, 224),
    blindingFactor: m.subarray(224, 256),
    replayTag: m.subarray(256, 288),
  };
}
