import { chmod, mkdir, open, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { decodeHex, encodeBase58, encodeHex, type CryptoProvider } from '@pastenym/crypto';
import { nodeError } from './node-errors.js';

/** The key file's name in a node's (or the directory's) data folder. */
export const KEY_FILE_NAME = 'keys.json';

/** A node's long-lived keys: its identity (and so its address) and its Sphinx key. */
export interface NodeKeys {
  /** Ed25519 seed; its public key is the node's 32-byte address. */
  readonly identitySeed: Uint8Array;
  readonly identityKey: Uint8Array;
  /** The identity public key in base58, as published in the topology. */
  readonly address: string;
  /** X25519 private key for Sphinx; one long-lived array so providers can cache it. */
  readonly sphinxPrivateKey: Uint8Array;
  readonly sphinxPublicKey: Uint8Array;
}

const hex32 = z.string().regex(/^[0-9a-f]{64}$/);
const keyFileSchema = z.strictObject({
  version: z.literal(1),
  identitySeed: hex32,
  sphinxPrivateKey: hex32,
});

function derive(crypto: CryptoProvider, identitySeed: Uint8Array, sphinxPrivateKey: Uint8Array) {
  const identityKey = crypto.ed25519.publicKey(identitySeed);
  return {
    identitySeed,
    identityKey,
    address: encodeBase58(identityKey),
    sphinxPrivateKey,
    sphinxPublicKey: crypto.x25519.publicKey(sphinxPrivateKey),
  };
}

/**
 * Loads the node's keys from `file`, or creates fresh ones and writes them there (mode 0600,
 * written to a temporary file first and renamed, so a crash never leaves half a key), so a
 * restarted node keeps its address and keys.
 * @throws {MixnetError} `mixnet.bad_keys` when the file exists but is unreadable or malformed.
 * @example const keys = await loadOrCreateNodeKeys(crypto, 'data/mixnet/nodes/mix-1a/keys.json');
 */
export async function loadOrCreateNodeKeys(
  crypto: CryptoProvider,
  file: string,
): Promise<NodeKeys> {
  let text: string | undefined;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw nodeError('mixnet.bad_keys', `cannot read the key file ${file}`, { cause: error });
    }
  }
  if (text !== undefined) {
    let parsed: z.infer<typeof keyFileSchema>;
    try {
      parsed = keyFileSchema.parse(JSON.parse(text));
    } catch (error) {
      throw nodeError('mixnet.bad_keys', `malformed key file ${file}`, { cause: error });
    }
    // Keys are secrets: tighten permissions left loose by hand.
    await chmod(file, 0o600);
    return derive(crypto, decodeHex(parsed.identitySeed), decodeHex(parsed.sphinxPrivateKey));
  }
  const keys = derive(crypto, crypto.randomBytes(32), crypto.randomBytes(32));
  const document = {
    version: 1,
    identitySeed: encodeHex(keys.identitySeed),
    sphinxPrivateKey: encodeHex(keys.sphinxPrivateKey),
  };
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.tmp`;
  const handle = await open(temporary, 'w', 0o600);
  try {
    await handle.writeFile(`${JSON.stringify(document, null, 2)}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, file);
  return keys;
}
