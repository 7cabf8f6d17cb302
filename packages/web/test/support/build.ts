// Builds the page once per test file into a temporary folder, as `npm run build` would.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { viteConfig } from '../../src/node/vite-config.js';

/** The web package's folder, from sources (tests) or from dist/ (benchmark, screenshots). */
export const PACKAGE_DIR = findPackageDir(dirname(fileURLToPath(import.meta.url)));

function findPackageDir(start: string): string {
  for (let dir = start; dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'web'
    ) {
      return dir;
    }
  }
  throw new Error('the web package folder was not found');
}

/** Builds the page for the local network (default loopback connect-src) into `outDir`. */
export function buildLocalPage(outDir: string): ReturnType<typeof build> {
  return build(
    viteConfig({
      root: PACKAGE_DIR,
      outDir,
      buildConfig: null,
      network: 'local',
      connectSrc: ['ws://127.0.0.1:*'],
    }),
  );
}

/** Builds the page with {@link buildLocalPage} into a new temporary folder and returns it. */
export async function buildApp(): Promise<string> {
  const outDir = join(await mkdtemp(join(tmpdir(), 'pastenym-web-app-')), 'app');
  await buildLocalPage(outDir);
  return outDir;
}
