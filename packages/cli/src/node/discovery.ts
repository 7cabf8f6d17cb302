import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { CliError } from '../errors.js';

/** The file the local stack writes when its paste server runs: `<data dir>/server.json`. */
export const SERVER_FILE = 'server.json';
/** The local mixnet's state file, written by its launcher: `<data dir>/mixnet/mixnet.json`. */
export const MIXNET_STATE_FILE = join('mixnet', 'mixnet.json');

const serverFileSchema = z.object({
  address: z.string().min(1).optional(),
  addresses: z.array(z.string().min(1)).optional(),
});
const mixnetStateSchema = z.object({
  directoryUrl: z.string().min(1),
  directoryKey: z.string().min(1),
  gateways: z.array(z.object({ address: z.string().min(1) })).default([]),
});

/** How to reach the paste servers, and through what. */
export interface ServerLookup {
  /** `--server` (repeatable), or `PASTENYM_SERVER` (already merged and split by the parser). */
  readonly server: readonly string[];
  /** Only the local network has a server file to fall back on. */
  readonly network: 'local' | 'nym';
  readonly dataDir: string;
  readonly cwd: string;
}

/**
 * The paste servers' mixnet addresses (at least one): `--server`, else `PASTENYM_SERVER`, else
 * (local network) `<data dir>/server.json` (`{"address": "..."}` and/or `{"addresses": [...]}`).
 * @throws {CliError} `cli.no_server` saying where it looked.
 * @example await findServerAddresses({ server: ['a@g', 'b@g'], network: 'nym', dataDir, cwd }) // ['a@g', 'b@g']
 */
export async function findServerAddresses(lookup: ServerLookup): Promise<string[]> {
  if (lookup.server.length > 0) return [...lookup.server];
  const file = resolve(lookup.cwd, lookup.dataDir, SERVER_FILE);
  if (lookup.network === 'local') {
    const parsed = serverFileSchema.safeParse(await readJson(file));
    if (parsed.success) {
      const { address, addresses = [] } = parsed.data;
      const all = [...new Set([...(address === undefined ? [] : [address]), ...addresses])];
      if (all.length > 0) return all;
    }
  }
  const where =
    lookup.network === 'local' ? `, and ${file} names none (is the local stack running?)` : '';
  throw new CliError(
    'cli.no_server',
    `no paste server address: pass --server ADDRESS or set PASTENYM_SERVER${where}`,
  );
}

/** The local mixnet to join. `gateway` undefined: the client picks one from the topology. */
export interface LocalNetwork {
  readonly directoryUrl: string;
  readonly directoryKey: string;
  readonly gateway: string | undefined;
}

/**
 * The local mixnet: `--directory`/`--directory-key`/`--gateway` where given, the rest from the
 * launcher's `<data dir>/mixnet/mixnet.json`; a random gateway of that file by default.
 * @throws {CliError} `cli.no_network` when neither names a directory and its key.
 */
export async function findLocalNetwork(
  flags: {
    directory?: string | undefined;
    directoryKey?: string | undefined;
    gateway?: string | undefined;
  },
  location: { dataDir: string; cwd: string },
  pick: (n: number) => number,
): Promise<LocalNetwork> {
  const file = resolve(location.cwd, location.dataDir, MIXNET_STATE_FILE);
  const state = mixnetStateSchema.safeParse(await readJson(file));
  const directoryUrl = flags.directory ?? (state.success ? state.data.directoryUrl : undefined);
  const directoryKey = flags.directoryKey ?? (state.success ? state.data.directoryKey : undefined);
  if (!directoryUrl || !directoryKey) {
    throw new CliError(
      'cli.no_network',
      `no local mixnet found: ${file} is missing (start the local stack), ` +
        'or pass --directory and --directory-key (or use --network nym)',
    );
  }
  // The file's gateways belong to the file's mixnet, not to one named by --directory.
  const gateways = state.success && flags.directory === undefined ? state.data.gateways : [];
  const gateway =
    flags.gateway ?? (gateways.length > 0 ? gateways[pick(gateways.length)]?.address : undefined);
  return { directoryUrl, directoryKey, gateway };
}

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch {
    return undefined; // absent or unreadable: the caller says what is missing
  }
}
