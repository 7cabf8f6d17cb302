import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createNodeCrypto } from '@pastenym/crypto/node';
import { ChildNodeHandle } from './child-node.js';
import { defaultCliPath } from './cli-path.js';
import { ADMITTED_NODES_FILE } from './admission-list.js';
import { startDirectory, type Directory } from './directory.js';
import { planMixnet } from './launcher-plan.js';
import { LocalNodeHandle } from './local-node.js';
import { resolveProfile, type Mixnet, type MixnetOptions } from './launcher-types.js';
import { silentLogger } from './logger.js';
import { nodeError } from './node-errors.js';
import { loadPlannedNodeKeys } from './node-runner.js';
import type { NodeStatus } from './packet-node.js';
import { assertPortsFree } from './port-check.js';
import { STATE_FILE_NAME, writeStateFile } from './state-file.js';
import { waitForTopology } from './topology-wait.js';

export type { Mixnet, MixnetOptions } from './launcher-types.js';

/**
 * Starts a local mixnet: the directory (in this process), 3 layers of 2 mixes and 2 gateways,
 * waits until every node routes with the full topology, and writes `mixnet.json`. The directory
 * admits the nodes started here and those of the admission file, no others.
 * @throws {MixnetError} `mixnet.port_in_use` (a port of the range is taken), `mixnet.bad_config`,
 *   `mixnet.node_failed` (a node did not start in time)
 * @example const mixnet = await startMixnet({ basePort: 0, singleProcess: true, dataDir });
 */
export async function startMixnet(options: MixnetOptions = {}): Promise<Mixnet> {
  const profile = resolveProfile(options.profile);
  const host = options.host ?? '127.0.0.1';
  const dataDir = resolve(options.dataDir ?? join('data', 'mixnet'));
  const heartbeatMs = options.heartbeatMs ?? 1000;
  const startTimeoutMs = options.startTimeoutMs ?? 30_000;
  const logger = options.logger ?? (() => silentLogger);
  const crypto = options.crypto ?? createNodeCrypto();
  const plan = planMixnet(options.basePort ?? 9000);
  await assertPortsFree(host, plan.ports);
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const admittedNodesFile = resolve(
    options.admittedNodesFile ?? join(dataDir, 'directory', ADMITTED_NODES_FILE),
  );
  const ownKeys = await Promise.all(
    plan.nodes.map((planned) => loadPlannedNodeKeys(crypto, dataDir, planned.name)),
  );

  const directory: Directory = await startDirectory({
    crypto,
    dataDir: join(dataDir, 'directory'),
    admittedKeys: ownKeys.map((keys) => keys.address),
    admittedNodesFile,
    host,
    port: plan.directoryPort,
    profile,
    heartbeatMs,
    logger: logger('directory'),
  });
  const shared = { host, directoryUrl: directory.url, directoryKey: directory.directoryKey };
  const workers = options.workers ?? 0;
  const nodes = plan.nodes.map((planned) =>
    options.singleProcess
      ? new LocalNodeHandle(planned, {
          ...options.nodeOptions,
          ...shared,
          crypto,
          dataDir,
          heartbeatMs,
          workers,
          logger: logger(planned.name),
        })
      : new ChildNodeHandle(planned, {
          cliPath: options.cliPath ?? defaultCliPath(),
          host,
          startTimeoutMs,
          logger: logger('launcher'),
          args: [
            ...['--data-dir', dataDir, '--host', host, '--directory-url', directory.url],
            ...['--directory-key', directory.directoryKey, '--heartbeat-ms', String(heartbeatMs)],
            ...['--workers', String(workers), ...(options.quiet ? ['--quiet'] : [])],
          ],
        }),
  );

  const stop = async () => {
    await Promise.all(nodes.map((node) => node.stop()));
    await directory.close();
  };
  const mixnet: Mixnet = {
    profile,
    directoryUrl: directory.url,
    directoryKey: directory.directoryKey,
    dataDir,
    stateFile: join(dataDir, STATE_FILE_NAME),
    admittedNodesFile,
    nodes,
    gateways: nodes.filter((node) => node.kind === 'gateway'),
    node(name) {
      const node = nodes.find((candidate) => candidate.name === name);
      if (!node) throw nodeError('mixnet.bad_config', `no node named ${name}`);
      return node;
    },
    topology: () => directory.signedTopology().topology,
    directoryCounters: () => directory.counters(),
    async statuses() {
      const all = await Promise.all(nodes.map(async (node) => [node.name, await node.status()]));
      return Object.fromEntries(all) as Record<string, NodeStatus>;
    },
    waitForTopology: (timeoutMs = startTimeoutMs) => waitForTopology(directory, nodes, timeoutMs),
    stop,
  };
  try {
    await Promise.all(nodes.map((node) => node.start()));
    await mixnet.waitForTopology();
    await writeStateFile(dataDir, {
      version: 1,
      profile: profile.name,
      directoryUrl: directory.url,
      directoryKey: directory.directoryKey,
      gateways: mixnet.gateways.map(({ name, address, clientUrl }) => ({
        name,
        address,
        clientUrl: clientUrl ?? '',
      })),
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return mixnet;
}
