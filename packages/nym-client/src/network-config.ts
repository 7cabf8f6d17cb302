import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { NymClientError } from './errors.js';

/** The mixnet a client joins: directory, its key, and a gateway. */
export interface NetworkChoice {
  readonly directoryUrl: string;
  readonly directoryKey: string;
  readonly gateway: string;
}

interface StateFile {
  directoryUrl?: unknown;
  directoryKey?: unknown;
  gateways?: { address?: unknown }[];
}

/**
 * Picks the network for `init`: explicit flags win; otherwise the state file that the local
 * mixnet launcher writes (`<mixnetDir>/mixnet.json`). The gateway defaults to a random one.
 * @throws {NymClientError} `nym_client.no_network` when neither gives a directory.
 */
export async function chooseNetwork(flags: {
  directory?: string | undefined;
  directoryKey?: string | undefined;
  gateway?: string | undefined;
  mixnetDir: string;
  pick: (n: number) => number;
}): Promise<NetworkChoice> {
  let state: StateFile = {};
  try {
    state = JSON.parse(await readFile(join(flags.mixnetDir, 'mixnet.json'), 'utf8')) as StateFile;
  } catch {
    // No local mixnet state: flags must say everything.
  }
  const directoryUrl =
    flags.directory ?? (typeof state.directoryUrl === 'string' ? state.directoryUrl : undefined);
  const directoryKey =
    flags.directoryKey ?? (typeof state.directoryKey === 'string' ? state.directoryKey : undefined);
  const gateways = (state.gateways ?? [])
    .map((g) => g.address)
    .filter((a): a is string => typeof a === 'string');
  const gateway = flags.gateway ?? gateways[flags.pick(gateways.length)];
  if (!directoryUrl || !directoryKey || !gateway) {
    throw new NymClientError(
      'nym_client.no_network',
      `no mixnet found: start one (npm run mixnet) so that ${join(flags.mixnetDir, 'mixnet.json')} exists, ` +
        'or pass --directory, --directory-key and --gateway',
    );
  }
  return { directoryUrl, directoryKey, gateway };
}
