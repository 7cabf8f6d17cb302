import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findLocalNetwork, findServerAddresses } from '../src/node/discovery.js';

let cwd: string;
beforeEach(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'pastenym-discovery-'));
  await mkdir(join(cwd, 'data', 'mixnet'), { recursive: true });
});
afterEach(async () => {
  await rm(cwd, { recursive: true, force: true });
});

describe('findServerAddresses', () => {
  const lookup = { server: [], network: 'local' as const, dataDir: 'data' };
  const serverFile = (content: unknown) =>
    writeFile(join(cwd, 'data', 'server.json'), JSON.stringify(content));

  it('prefers --server/PASTENYM_SERVER, else the local server.json', async () => {
    await serverFile({ address: 'from-file' });
    expect(await findServerAddresses({ ...lookup, cwd, server: ['a', 'b'] })).toEqual(['a', 'b']);
    expect(await findServerAddresses({ ...lookup, cwd })).toEqual(['from-file']);
  });

  it('reads "addresses" as well as "address" from server.json, each once', async () => {
    await serverFile({ addresses: ['b', 'c'] });
    expect(await findServerAddresses({ ...lookup, cwd })).toEqual(['b', 'c']);
    await serverFile({ address: 'a', addresses: ['b', 'a'] });
    expect(await findServerAddresses({ ...lookup, cwd })).toEqual(['a', 'b']);
    await serverFile({ addresses: [] });
    await expect(findServerAddresses({ ...lookup, cwd })).rejects.toMatchObject({
      code: 'cli.no_server',
    });
  });

  it('does not use the local file on the nym network, and says where it looked', async () => {
    await serverFile({ address: 'from-file' });
    await expect(findServerAddresses({ ...lookup, cwd, network: 'nym' })).rejects.toMatchObject({
      code: 'cli.no_server',
      message: 'no paste server address: pass --server ADDRESS or set PASTENYM_SERVER',
    });
    await writeFile(join(cwd, 'data', 'server.json'), '{"addr": 1}');
    await expect(findServerAddresses({ ...lookup, cwd })).rejects.toMatchObject({
      message: expect.stringContaining(join(cwd, 'data', 'server.json')) as string,
    });
  });
});

describe('findLocalNetwork', () => {
  const state = {
    version: 1,
    directoryUrl: 'http://127.0.0.1:9000',
    directoryKey: 'KEY',
    gateways: [
      { name: 'gateway-a', address: 'GA' },
      { name: 'gateway-b', address: 'GB' },
    ],
  };

  it("reads the launcher's mixnet.json and picks one of its gateways", async () => {
    await writeFile(join(cwd, 'data', 'mixnet', 'mixnet.json'), JSON.stringify(state));
    const network = await findLocalNetwork({}, { dataDir: 'data', cwd }, (n) => n - 1);
    expect(network).toEqual({
      directoryUrl: state.directoryUrl,
      directoryKey: 'KEY',
      gateway: 'GB',
    });
    const flagged = await findLocalNetwork({ gateway: 'G' }, { dataDir: 'data', cwd }, () => 0);
    expect(flagged.gateway).toBe('G');
  });

  it("takes another directory from flags, without the file's gateways", async () => {
    await writeFile(join(cwd, 'data', 'mixnet', 'mixnet.json'), JSON.stringify(state));
    const other = { directory: 'http://127.0.0.1:9100', directoryKey: 'K2' };
    expect(await findLocalNetwork(other, { dataDir: 'data', cwd }, () => 0)).toEqual({
      directoryUrl: 'http://127.0.0.1:9100',
      directoryKey: 'K2',
      gateway: undefined,
    });
  });

  it('says how to start one when there is none', async () => {
    await expect(findLocalNetwork({}, { dataDir: 'data', cwd }, () => 0)).rejects.toMatchObject({
      code: 'cli.no_network',
      message: expect.stringMatching(/no local mixnet found: .*mixnet\.json is missing/) as string,
    });
  });
});
