import { appendFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeBase58 } from '@pastenym/crypto';
import { createNodeCrypto } from '@pastenym/crypto/node';
import { FAST_PROFILE } from '../../src/profile.js';
import { signRegistration, verifyTopology } from '../../src/topology/signing.js';
import type { MixDescriptor } from '../../src/topology/types.js';
import { startDirectory, type Directory, type DirectoryOptions } from '../../src/node/directory.js';
import { waitFor } from '@pastenym/runtime/testing';

const crypto = createNodeCrypto();
let dataDir: string;
let directory: Directory;
// The identities the operator admitted; any other is a stranger.
const admitted = Array.from({ length: 3 }, () => crypto.randomBytes(32));
const addressOf = (seed: Uint8Array) => encodeBase58(crypto.ed25519.publicKey(seed));

function mix(seed: Uint8Array, port = 7001): MixDescriptor {
  return {
    address: encodeBase58(crypto.ed25519.publicKey(seed)),
    sphinxKey: encodeBase58(crypto.x25519.publicKey(crypto.randomBytes(32))),
    layer: 1,
    host: '127.0.0.1',
    port,
  };
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

async function post(body: unknown, path = '/v1/register') {
  const response = await fetch(new URL(path, directory.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const errorCode = (body: Record<string, unknown>) => (body.error as { code: string }).code;

/** A directory on a free port whose heartbeat timeout no test waits out, in `dataDir/subdir`. */
const openDirectory = (subdir: string, options: Partial<DirectoryOptions> = {}) =>
  startDirectory({
    crypto,
    dataDir: join(dataDir, subdir),
    host: '127.0.0.1',
    port: 0,
    profile: FAST_PROFILE,
    heartbeatMs: 60_000,
    ...options,
  });

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'pastenym-directory-'));
  directory = await openDirectory('.', { admittedKeys: admitted.map(addressOf) });
});

afterAll(async () => {
  await directory?.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('directory', () => {
  it('accepts a signed registration and publishes it in a topology signed by its key', async () => {
    const seed = admitted[0]!;
    const descriptor = mix(seed);
    const before = directory.signedTopology().topology.epoch;
    const { status } = await post(signRegistration(crypto, seed, 'mix', descriptor, nowSeconds()));
    expect(status).toBe(200);
    const document: unknown = await (await fetch(new URL('/v1/topology', directory.url))).json();
    const topology = verifyTopology(crypto, document, directory.directoryKey);
    expect(topology.mixes).toContainEqual(descriptor);
    expect(topology.epoch).toBe(before + 1);

    // A heartbeat (same descriptor) keeps the epoch; a changed descriptor bumps it.
    await post(signRegistration(crypto, seed, 'mix', descriptor, nowSeconds()));
    expect(directory.signedTopology().topology.epoch).toBe(before + 1);
    await post(signRegistration(crypto, seed, 'mix', { ...descriptor, port: 7002 }, nowSeconds()));
    expect(directory.signedTopology().topology.epoch).toBe(before + 2);
  });

  it('refuses a registration signed by another key', async () => {
    const registration = signRegistration(
      crypto,
      crypto.randomBytes(32),
      'mix',
      mix(admitted[2]!),
      nowSeconds(),
    );
    const { status, body } = await post(registration);
    expect([status, errorCode(body)]).toEqual([403, 'bad_signature']);
  });

  it('refuses stale, future and replayed-older registrations', async () => {
    const seed = admitted[1]!;
    const descriptor = mix(seed);
    const at = (seconds: number) =>
      post(signRegistration(crypto, seed, 'mix', descriptor, seconds));
    expect((await at(nowSeconds() - 120)).status).toBe(422);
    expect((await at(nowSeconds() + 120)).status).toBe(422);
    expect((await at(nowSeconds())).status).toBe(200);
    const older = await at(nowSeconds() - 30);
    expect([older.status, errorCode(older.body)]).toEqual([422, 'stale_registration']);
  });

  it('refuses a well-signed registration from an identity the operator did not admit, and counts it', async () => {
    const stranger = crypto.randomBytes(32);
    const fake = { ...mix(stranger, 7100), layer: 2 as const };
    const before = directory.signedTopology().topology;
    const refusedBefore = directory.counters()['register.refused.not_admitted'] ?? 0;
    const { status, body } = await post(
      signRegistration(crypto, stranger, 'mix', fake, nowSeconds()),
    );
    expect([status, errorCode(body)]).toEqual([403, 'not_admitted']);
    const after = directory.signedTopology().topology;
    expect(after.mixes.map((node) => node.address)).not.toContain(fake.address);
    expect(after.epoch).toBe(before.epoch);
    expect(directory.counters()['register.refused.not_admitted']).toBe(refusedBefore + 1);
  });

  it('answers malformed, oversized and misdirected requests with clear errors', async () => {
    expect((await post('{not json')).status).toBe(400);
    expect(errorCode((await post({ kind: 'mix' })).body)).toBe('bad_registration');
    const huge = await post({ padding: 'x'.repeat(100_000) });
    expect([huge.status, errorCode(huge.body)]).toEqual([413, 'too_large']);
    expect((await fetch(new URL('/v1/nothing', directory.url))).status).toBe(404);
    expect((await fetch(new URL('/v1/register', directory.url))).status).toBe(405);
    expect((await post({}, '/v1/topology')).status).toBe(405);
  });

  it('admits a key added to its admission file without a restart, and drops one struck from it', async () => {
    const file = join(dataDir, 'admitted.txt');
    await writeFile(file, '# nodes of other machines\n');
    const other = await openDirectory('reloading', { heartbeatMs: 50, admittedNodesFile: file });
    try {
      const seed = crypto.randomBytes(32);
      const descriptor = mix(seed);
      const register = async () => {
        const registration = signRegistration(crypto, seed, 'mix', descriptor, nowSeconds());
        const response = await fetch(new URL('/v1/register', other.url), {
          method: 'POST',
          body: JSON.stringify(registration),
        });
        await response.arrayBuffer();
        return response.status;
      };
      const listed = () =>
        other.signedTopology().topology.mixes.some((node) => node.address === descriptor.address);
      expect(await register()).toBe(403);

      await appendFile(file, `${descriptor.address} mix-1c on another machine\n`);
      await waitFor(async () => (await register()) === 200, 'the key to be admitted');
      expect(listed()).toBe(true);

      await writeFile(file, '# nobody\n');
      await waitFor(() => !listed(), 'the struck node to leave the topology');
      expect(await register()).toBe(403);
    } finally {
      await other.close();
    }
  });

  it('refuses to start on a malformed admission file, naming the line', async () => {
    const file = join(dataDir, 'bad-admitted.txt');
    await writeFile(file, '# ok\nnot-a-key\n');
    await expect(openDirectory('bad', { admittedNodesFile: file })).rejects.toMatchObject({
      code: 'mixnet.bad_config',
      message: expect.stringMatching(/line 2/) as string,
    });
  });

  it('keeps its key across a restart, and its epochs keep increasing', async () => {
    const other = await openDirectory('second');
    const { directoryKey } = other;
    const epoch = other.signedTopology().topology.epoch;
    await other.close();
    const again = await openDirectory('second');
    expect(again.directoryKey).toBe(directoryKey);
    expect(again.signedTopology().topology.epoch).toBeGreaterThan(epoch);
    await again.close();
  });
});
