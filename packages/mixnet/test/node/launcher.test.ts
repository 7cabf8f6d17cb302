import { createServer } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNodeCrypto } from '@pastenym/crypto/node';
import { helpText, parseCli } from '../../src/node/cli-options.js';
import { parseNodeName, planMixnet } from '../../src/node/launcher-plan.js';
import { startMixnet } from '../../src/node/launcher.js';

describe('planMixnet', () => {
  it('puts the directory on the base port and the nodes on the next ten', () => {
    const plan = planMixnet(9000);
    expect(plan.directoryPort).toBe(9000);
    expect(plan.nodes.map((node) => node.name)).toEqual([
      'mix-1a',
      'mix-1b',
      'mix-2a',
      'mix-2b',
      'mix-3a',
      'mix-3b',
      'gateway-a',
      'gateway-b',
    ]);
    const ports = [
      plan.directoryPort,
      ...plan.nodes.flatMap((n) => [n.port, n.clientPort ?? []].flat()),
    ];
    expect(ports).toEqual(plan.ports);
    expect(plan.ports).toEqual(Array.from({ length: 11 }, (_, i) => 9000 + i));
    for (const node of plan.nodes) {
      expect(parseNodeName(node.name)).toEqual(
        node.layer ? { kind: 'mix', layer: node.layer } : { kind: 'gateway' },
      );
    }
  });

  it('lets the OS choose every port for base port 0', () => {
    const plan = planMixnet(0);
    expect(plan.ports).toEqual([]);
    expect(plan.nodes.every((node) => node.port === 0)).toBe(true);
  });

  it('knows no other node names', () => {
    for (const name of ['mix-4a', 'mix-1', 'gateway', 'directory', '../mix-1a']) {
      expect(parseNodeName(name)).toBeUndefined();
    }
  });
});

describe('command line', () => {
  it('takes flags over environment over defaults', () => {
    const config = parseCli(['--base-port', '9100', '--single-process'], {
      MIXNET_PROFILE: 'nym',
      MIXNET_BASE_PORT: '1',
    });
    expect(config).toMatchObject({
      profile: 'nym',
      basePort: 9100,
      singleProcess: true,
      host: '127.0.0.1',
      dataDir: './data/mixnet',
      heartbeatMs: 1000,
    });
  });

  it('refuses unknown flags and bad values with the flag named', () => {
    expect(() => parseCli(['--bogus'], {})).toThrow(
      expect.objectContaining({ code: 'mixnet.bad_config' }),
    );
    expect(() => parseCli(['--profile', 'slow'], {})).toThrow(/--profile/);
    expect(() => parseCli(['--base-port', '70000'], {})).toThrow(/--base-port/);
  });

  it('documents every public flag with its environment variable', () => {
    const help = helpText();
    for (const flag of [
      '--profile',
      '--data-dir',
      '--host',
      '--base-port',
      '--single-process',
      'MIXNET_BASE_PORT',
      // Running a node on another machine, and admitting it.
      '--node',
      '--directory-url',
      '--directory-key',
      '--print-identity',
      '--admitted-nodes',
      'MIXNET_ADMITTED_NODES',
    ]) {
      expect(help).toContain(flag);
    }
  });
});

describe('startMixnet', () => {
  it('reports a port clash before starting anything', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as { port: number };
    const dataDir = await mkdtemp(join(tmpdir(), 'pastenym-clash-'));
    try {
      // The blocker holds the base port + 3 (a mix node's).
      await expect(
        startMixnet({
          basePort: port - 3,
          dataDir,
          singleProcess: true,
          crypto: createNodeCrypto(),
        }),
      ).rejects.toMatchObject({
        code: 'mixnet.port_in_use',
        // Another test may hold a port below ours, so any clash in the range will do.
        message: expect.stringMatching(/port \d+/) as string,
      });
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
