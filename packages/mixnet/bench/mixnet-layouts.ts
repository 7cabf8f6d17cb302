// The two ways the launcher lays out a local mixnet, as the benchmark's clients see them:
// a child process per node (`npm run mixnet`), or every node in one process
// (`npm run mixnet -- --single-process`), here a child process of its own so that the
// clients keep their process to themselves.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROFILES, type MixnetProfile } from '../src/index.js';
import { defaultCliPath } from '../src/node/cli-path.js';
import { startMixnet, STATE_FILE_NAME, type MixnetStateFile } from '../src/node/index.js';

export type Layout = 'process-per-node' | 'one-process';

/** A running mixnet, whatever its layout: what clients need to join it. */
export interface BenchMixnet {
  readonly profile: MixnetProfile;
  readonly directoryUrl: string;
  readonly directoryKey: string;
  /** Gateway addresses (base58). */
  readonly gateways: readonly string[];
}

const START_TIMEOUT_MS = 60_000;

/** Runs `run` against a fresh mixnet of `profile` laid out as `layout`, then stops it. */
export async function withMixnet<T>(
  layout: Layout,
  profile: 'fast' | 'nym',
  run: (mixnet: BenchMixnet) => Promise<T>,
): Promise<T> {
  const dataDir = await mkdtemp(join(tmpdir(), `pastenym-bench-${profile}-`));
  try {
    return layout === 'one-process'
      ? await inOneChildProcess(profile, dataDir, run)
      : await inProcessPerNode(profile, dataDir, run);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function inProcessPerNode<T>(
  profile: 'fast' | 'nym',
  dataDir: string,
  run: (mixnet: BenchMixnet) => Promise<T>,
): Promise<T> {
  const mixnet = await startMixnet({ profile, basePort: 0, dataDir, quiet: true });
  try {
    await mixnet.waitForTopology();
    return await run({
      profile: mixnet.profile,
      directoryUrl: mixnet.directoryUrl,
      directoryKey: mixnet.directoryKey,
      gateways: mixnet.topology().gateways.map((gateway) => gateway.address),
    });
  } finally {
    await mixnet.stop();
  }
}

async function inOneChildProcess<T>(
  profile: 'fast' | 'nym',
  dataDir: string,
  run: (mixnet: BenchMixnet) => Promise<T>,
): Promise<T> {
  const args = ['--single-process', '--base-port', '0', '--data-dir', dataDir, '--quiet'];
  const child = spawn(process.execPath, [defaultCliPath(), ...args, '--profile', profile], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    // The launcher writes mixnet.json once every node routes with the full topology.
    const state = await waitForStateFile(join(dataDir, STATE_FILE_NAME), exited);
    const known = PROFILES[state.profile];
    if (!known) throw new Error(`the mixnet runs an unknown profile ${state.profile}`);
    return await run({
      profile: known,
      directoryUrl: state.directoryUrl,
      directoryKey: state.directoryKey,
      gateways: state.gateways.map((gateway) => gateway.address),
    });
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

async function waitForStateFile(file: string, exited: Promise<void>): Promise<MixnetStateFile> {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!gone && Date.now() < deadline) {
    try {
      return JSON.parse(await readFile(file, 'utf8')) as MixnetStateFile;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(gone ? 'the mixnet process exited before it was ready' : 'mixnet not ready');
}
