import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Node flags for a worker: the parent's, less export conditions that point at sources. */
export function withoutConditions(execArgv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i]!;
    if (arg === '--conditions' || arg === '-C') i++;
    else if (!arg.startsWith('--conditions=')) kept.push(arg);
  }
  return kept;
}

/**
 * The worker script. From sources (tests) this module sits in `src/node/`, where there is no
 * JavaScript to run in a worker: use the build's copy in `dist/src/node/`.
 */
export function defaultWorkerUrl(): URL {
  const beside = new URL('./packet-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(beside))) return beside;
  return new URL('../../dist/src/node/packet-worker.js', import.meta.url);
}
