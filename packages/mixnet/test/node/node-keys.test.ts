import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeBase58 } from '@pastenym/crypto';
import { createNodeCrypto } from '@pastenym/crypto/node';
import { loadOrCreateNodeKeys } from '../../src/node/node-keys.js';

const crypto = createNodeCrypto();
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pastenym-keys-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('node keys', () => {
  it('creates keys once (mode 0600) and loads the same ones after a restart', async () => {
    const file = join(dir, 'node', 'keys.json');
    const created = await loadOrCreateNodeKeys(crypto, file);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const loaded = await loadOrCreateNodeKeys(crypto, file);
    expect(loaded.address).toBe(created.address);
    expect(loaded.sphinxPublicKey).toEqual(created.sphinxPublicKey);
    expect(loaded.address).toBe(encodeBase58(crypto.ed25519.publicKey(loaded.identitySeed)));
    expect(loaded.sphinxPublicKey).toEqual(crypto.x25519.publicKey(loaded.sphinxPrivateKey));
    expect(await readFile(file, 'utf8')).not.toContain(created.address);
  });

  it('refuses a malformed key file instead of replacing it', async () => {
    const file = join(dir, 'broken.json');
    await writeFile(file, '{"version":1}');
    await expect(loadOrCreateNodeKeys(crypto, file)).rejects.toMatchObject({
      code: 'mixnet.bad_keys',
    });
    expect(await readFile(file, 'utf8')).toBe('{"version":1}');
  });
});
