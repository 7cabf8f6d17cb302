import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const STATE_FILE = 'directory-state.json';

/**
 * The last epoch the directory published, read at start so that epochs keep increasing across
 * restarts (clients may ignore a topology older than one they hold). 0 when there is none.
 */
export function readLastEpoch(dataDir: string): number {
  try {
    const document = JSON.parse(readFileSync(join(dataDir, STATE_FILE), 'utf8')) as unknown;
    const epoch = (document as { epoch?: unknown }).epoch;
    return typeof epoch === 'number' && Number.isSafeInteger(epoch) && epoch >= 0 ? epoch : 0;
  } catch {
    return 0;
  }
}

/** Records the published epoch (rare: once per change of the node set). */
export function writeLastEpoch(dataDir: string, epoch: number): void {
  const file = join(dataDir, STATE_FILE);
  writeFileSync(`${file}.tmp`, `${JSON.stringify({ epoch })}\n`);
  renameSync(`${file}.tmp`, file);
}
