import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { decodeBase58, encodeBase58, type CryptoProvider } from '@pastenym/crypto';
import { clientKeysFromSecrets, generateClientKeys, type ClientKeys } from '@pastenym/mixnet';
import { NymClientError } from './errors.js';

const base58 = z.string().regex(/^[1-9A-HJ-NP-Za-km-z]+$/);
const storedSchema = z.strictObject({
  version: z.literal(1),
  identitySeed: base58,
  encryptionPrivate: base58,
  /** The gateway chosen at init: part of the address, so it stays the same across restarts. */
  gateway: base58,
  directoryUrl: z.string().url(),
  directoryKey: base58,
});

/** What `init` stores for a client id. */
export interface StoredClient {
  readonly keys: ClientKeys;
  readonly gateway: string;
  readonly directoryUrl: string;
  readonly directoryKey: string;
}

function clientFile(dataDir: string, id: string): string {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) {
    throw new NymClientError('nym_client.bad_id', 'a client id is 1 to 64 letters, digits, - or _');
  }
  return join(dataDir, id, 'client.json');
}

/**
 * Creates keys for `id` and stores them (mode 0600) with the chosen gateway and directory.
 * @throws {NymClientError} `nym_client.already_initialised` unless `force`.
 */
export async function initClient(
  crypto: CryptoProvider,
  dataDir: string,
  id: string,
  network: { gateway: string; directoryUrl: string; directoryKey: string },
  force = false,
): Promise<StoredClient> {
  const file = clientFile(dataDir, id);
  if (
    !force &&
    (await readFile(file).then(
      () => true,
      () => false,
    ))
  ) {
    throw new NymClientError(
      'nym_client.already_initialised',
      `client "${id}" already exists (use --force to replace its keys)`,
    );
  }
  const keys = generateClientKeys(crypto);
  const stored = {
    version: 1 as const,
    identitySeed: encodeBase58(keys.identitySeed),
    encryptionPrivate: encodeBase58(keys.encryptionPrivate),
    ...network,
  };
  await mkdir(join(dataDir, id), { recursive: true, mode: 0o700 });
  await writeFile(`${file}.tmp`, `${JSON.stringify(stored, null, 2)}\n`, { mode: 0o600 });
  await chmod(`${file}.tmp`, 0o600);
  await rename(`${file}.tmp`, file);
  return { keys, ...network };
}

/**
 * Loads the keys of `id`.
 * @throws {NymClientError} `nym_client.not_initialised`, `nym_client.bad_store`
 */
export async function loadClient(
  crypto: CryptoProvider,
  dataDir: string,
  id: string,
): Promise<StoredClient> {
  const file = clientFile(dataDir, id);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new NymClientError(
      'nym_client.not_initialised',
      `client "${id}" is not initialised: run init --id ${id}`,
      { cause: error },
    );
  }
  let parsed: z.infer<typeof storedSchema>;
  try {
    parsed = storedSchema.parse(JSON.parse(text));
  } catch (error) {
    throw new NymClientError('nym_client.bad_store', `${file} is damaged`, { cause: error });
  }
  const keys = clientKeysFromSecrets(
    crypto,
    decodeBase58(parsed.identitySeed),
    decodeBase58(parsed.encryptionPrivate),
  );
  return {
    keys,
    gateway: parsed.gateway,
    directoryUrl: parsed.directoryUrl,
    directoryKey: parsed.directoryKey,
  };
}
