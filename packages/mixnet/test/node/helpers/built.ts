// Worker threads and node processes run the built JavaScript (dist/), which `npm test` builds
// first (tsc -b). Run alone, these tests skip with a loud note when there is no build.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../../../dist/src/node/index.js', import.meta.url));

export const built = existsSync(entry);

if (!built) {
  console.warn(
    `SKIPPING tests that need the build: ${entry} is missing; run \`npx tsc -b\` first.`,
  );
}
