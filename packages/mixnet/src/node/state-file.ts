import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** What clients need to join a local mixnet; written to `<data dir>/mixnet.json`. */
export interface MixnetStateFile {
  readonly version: 1;
  readonly profile: string;
  readonly directoryUrl: string;
  /** The directory's Ed25519 key (base58): verify topologies with it. */
  readonly directoryKey: string;
  readonly gateways: readonly {
    readonly name: string;
    readonly address: string;
    readonly clientUrl: string;
  }[];
}

export const STATE_FILE_NAME = 'mixnet.json';

/** Writes the state file; returns its path. */
export async function writeStateFile(dataDir: string, state: MixnetStateFile): Promise<string> {
  const file = join(dataDir, STATE_FILE_NAME);
  await writeFile(`${file}.tmp`, `${JSON.stringify(state, null, 2)}\n`);
  await rename(`${file}.tmp`, file);
  return file;
}
