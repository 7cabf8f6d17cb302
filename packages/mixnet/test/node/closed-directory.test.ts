// The directory of a launched mixnet admits its own nodes and the operator's admission file,
// nobody else: a stranger with a fresh key cannot add a mix to everyone's routes.
import { appendFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { encodeBase58 } from '@pastenym/crypto';
import { createNodeCrypto } from '@pastenym/crypto/node';
import { signRegistration } from '../../src/topology/signing.js';
import { runCli } from '../../src/node/cli.js';
import { startMixNode } from '../../src/node/mix-node.js';
import { nodeDataDir } from '../../src/node/node-runner.js';
import { useTestMixnet } from './helpers/mixnet-fixture.js';
import { waitFor } from '@pastenym/runtime/testing';

const crypto = createNodeCrypto();
const fixture = useTestMixnet(crypto);

describe("a launched mixnet's directory", () => {
  it('refuses a fake layer-2 mix with a fresh key, publishes nothing and counts it', async () => {
    const { mixnet } = fixture;
    const seed = crypto.randomBytes(32);
    const fake = {
      address: encodeBase58(crypto.ed25519.publicKey(seed)),
      sphinxKey: encodeBase58(crypto.x25519.publicKey(crypto.randomBytes(32))),
      layer: 2 as const,
      host: '127.0.0.1',
      port: 9,
    };
    const epoch = mixnet.topology().epoch;
    const registration = signRegistration(crypto, seed, 'mix', fake, Math.floor(Date.now() / 1000));
    const response = await fetch(new URL('/v1/register', mixnet.directoryUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(registration),
    });
    const body = (await response.json()) as { error?: { code: string } };
    expect([response.status, body.error?.code]).toEqual([403, 'not_admitted']);
    expect(fixture.listed(fake.address)).toBe(false);
    expect(mixnet.topology().epoch).toBe(epoch);
    expect(mixnet.topology().mixes).toHaveLength(6);
    expect(mixnet.directoryCounters()['register.refused.not_admitted']).toBe(1);
    // Its own nodes were admitted, and keep heartbeating.
    expect(mixnet.directoryCounters()['register.accepted']).toBeGreaterThanOrEqual(8);
  });

  it('admits a node of another machine once its printed key is in the admission file', async () => {
    const { mixnet } = fixture;
    const remoteDir = await mkdtemp(join(tmpdir(), 'pastenym-remote-node-'));
    const printed: string[] = [];
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      printed.push(String(chunk));
      return true;
    });
    let code;
    try {
      code = await runCli(['--node', 'mix-2c', '--data-dir', remoteDir, '--print-identity'], {});
    } finally {
      stdout.mockRestore();
    }
    expect(code).toBe(0);
    const identity = printed.join('').trim();

    const remote = await startMixNode({
      crypto,
      dataDir: nodeDataDir(remoteDir, 'mix-2c'),
      host: '127.0.0.1',
      port: 0,
      layer: 2,
      directoryUrl: mixnet.directoryUrl,
      directoryKey: mixnet.directoryKey,
      heartbeatMs: 200,
    });
    try {
      expect(remote.address).toBe(identity);
      expect(remote.status().counters['directory.register_failed']).toBeGreaterThanOrEqual(1);
      expect(fixture.listed(identity)).toBe(false);

      await appendFile(mixnet.admittedNodesFile, `${identity} mix-2c on another machine\n`);
      await waitFor(() => fixture.listed(identity), 'the admitted node in the topology');

      await writeFile(mixnet.admittedNodesFile, '');
      await waitFor(() => !fixture.listed(identity), 'the struck node to leave the topology');
    } finally {
      await remote.stop();
      await rm(remoteDir, { recursive: true, force: true });
    }
  });
});
