import { decodeBase58, encodeBase58, type CryptoProvider } from '@pastenym/crypto';
import { MixnetError } from '../errors.js';

/** A client's long-term keys: Ed25519 identity (its address) and X25519 for sealed content. */
export interface ClientKeys {
  readonly identitySeed: Uint8Array;
  readonly identity: Uint8Array;
  readonly encryptionPrivate: Uint8Array;
  readonly encryptionPublic: Uint8Array;
}

/** A client address as Nym writes it: `identity.encryption@gateway`, base58 keys. */
export interface ClientAddress {
  readonly identity: Uint8Array;
  readonly encryption: Uint8Array;
  readonly gateway: Uint8Array;
}

/** New random keys. */
export function generateClientKeys(crypto: CryptoProvider): ClientKeys {
  return clientKeysFromSecrets(crypto, crypto.randomBytes(32), crypto.randomBytes(32));
}

/** Keys from their two 32-byte secrets (as stored). */
export function clientKeysFromSecrets(
  crypto: CryptoProvider,
  identitySeed: Uint8Array,
  encryptionPrivate: Uint8Array,
): ClientKeys {
  return {
    identitySeed,
    identity: crypto.ed25519.publicKey(identitySeed),
    encryptionPrivate,
    encryptionPublic: crypto.x25519.publicKey(encryptionPrivate),
  };
}

export function formatAddress(address: ClientAddress): string {
  return `${encodeBase58(address.identity)}.${encodeBase58(address.encryption)}@${encodeBase58(address.gateway)}`;
}

/**
 * Parses `identity.encryption@gateway`.
 * @throws {MixnetError} `mixnet.no_route` for anything else.
 */
export function parseAddress(text: string): ClientAddress {
  const match = /^([1-9A-HJ-NP-Za-km-z]+)\.([1-9A-HJ-NP-Za-km-z]+)@([1-9A-HJ-NP-Za-km-z]+)$/.exec(
    text,
  );
  const parts = match?.slice(1).map((part) => decodeBase58(part));
  if (!parts || parts.some((part) => part.length !== 32)) {
    throw new MixnetError('mixnet.no_route', 'not a client address (identity.encryption@gateway)');
  }
  return { identity: parts[0]!, encryption: parts[1]!, gateway: parts[2]! };
}
