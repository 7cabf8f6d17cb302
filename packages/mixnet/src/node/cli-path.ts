import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `bin/mixnet.mjs` of this package, found by walking up from this module (it sits in
 * `src/node/` when run from sources and in `dist/src/node/` when built).
 */
export function defaultCliPath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'bin', 'mixnet.mjs');
    if (existsSync(candidate)) return candidate;
    dir = dirname(dir);
  }
  return join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'mixnet.mjs');
}
