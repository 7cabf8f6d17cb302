import { resolve } from 'node:path';
import { createNodeCrypto } from '@pastenym/crypto/node';
import { MixnetError } from '../errors.js';
import { helpText, parseCli, type CliConfig } from './cli-options.js';
import { parseNodeName } from './launcher-plan.js';
import { startMixnet } from './launcher.js';
import { createStderrLogger, silentLogger } from './logger.js';
import { nodeError } from './node-errors.js';
import { runNodeProcess } from './node-process.js';
import { loadPlannedNodeKeys } from './node-runner.js';
import { formatMixnet } from './topology-report.js';

/** `--node <name> --print-identity`: the key an operator adds to the directory's admission file. */
async function printIdentity(config: CliConfig): Promise<number> {
  const name = config.node ?? '';
  if (!parseNodeName(name)) {
    throw nodeError('mixnet.bad_config', '--print-identity needs --node with a known name');
  }
  const keys = await loadPlannedNodeKeys(createNodeCrypto(), resolve(config.dataDir), name);
  process.stdout.write(`${keys.address}\n`);
  return 0;
}

function runOneNode(config: CliConfig): Promise<number> {
  const name = config.node ?? '';
  const kind = parseNodeName(name);
  if (!kind || !config.directoryUrl || !config.directoryKey) {
    throw nodeError(
      'mixnet.bad_config',
      '--node needs a known name, --directory-url and --directory-key',
    );
  }
  const logger = config.quiet ? silentLogger : createStderrLogger(name);
  const planned = {
    name,
    ...kind,
    port: config.port ?? 0,
    clientPort: kind.kind === 'gateway' ? (config.clientPort ?? 0) : undefined,
  };
  return runNodeProcess(
    planned,
    {
      crypto: createNodeCrypto(),
      dataDir: resolve(config.dataDir),
      host: config.host,
      directoryUrl: config.directoryUrl,
      directoryKey: config.directoryKey,
      heartbeatMs: config.heartbeatMs,
      workers: config.workers,
      logger,
    },
    logger,
  );
}

async function runLauncher(config: CliConfig): Promise<number> {
  const mixnet = await startMixnet({
    profile: config.profile,
    dataDir: config.dataDir,
    host: config.host,
    basePort: config.basePort,
    singleProcess: config.singleProcess,
    heartbeatMs: config.heartbeatMs,
    workers: config.workers,
    quiet: config.quiet,
    admittedNodesFile: config.admittedNodes,
    logger: (component) => (config.quiet ? silentLogger : createStderrLogger(component)),
  });
  process.stdout.write(formatMixnet(mixnet));
  process.stdout.write('Ctrl-C stops it.\n');
  await new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  process.stdout.write('Stopping…\n');
  await mixnet.stop();
  return 0;
}

/**
 * The `mixnet` command: launches a local mixnet, or (with `--node`, as the launcher runs its
 * children and as an operator runs a node on another machine) one node, or prints a node's
 * identity key (`--print-identity`). Resolves with the exit code; configuration errors print a message and
 * give 2.
 * @example process.exitCode = await runCli(process.argv.slice(2));
 */
export async function runCli(argv: readonly string[], env = process.env): Promise<number> {
  try {
    const config = parseCli(argv, env);
    if (config.help) {
      process.stdout.write(helpText());
      return 0;
    }
    if (config.printIdentity) return await printIdentity(config);
    return await (config.node !== undefined ? runOneNode(config) : runLauncher(config));
  } catch (error) {
    if (error instanceof MixnetError) {
      process.stderr.write(`mixnet: ${error.message}\n`);
      return error.code === ('mixnet.bad_config' as string) ? 2 : 1;
    }
    throw error;
  }
}
