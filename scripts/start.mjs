// `npm start`: builds what is missing, then runs the whole system on the local mixnet
// (packages/stack). Options after `--` go to the stack: `npm start -- --help`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(args, what) {
  console.error(`building ${what}…`);
  const result = spawnSync(npm, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`error [stack.build_failed]: building ${what} failed (npm ${args.join(' ')})`);
    process.exit(1);
  }
}

// TypeScript builds are incremental: cheap when nothing changed.
run(['exec', '--', 'tsc', '-b'], 'the packages');
if (!existsSync(join(root, 'packages/web/dist/app/index.html')))
  run(['run', 'build', '-w', 'web'], 'the web app');

const { runStackCli } = await import('../packages/stack/dist/src/index.js');
try {
  process.exitCode = await runStackCli(process.argv.slice(2), root);
} catch (error) {
  const code = error && typeof error === 'object' && 'code' in error ? error.code : 'stack.failed';
  console.error(`error [${code}]: ${error instanceof Error ? error.message : String(error)}`);
  // As every command here: 2 for a bad command line, 1 when it could not run.
  process.exitCode = code === 'stack.usage' ? 2 : 1;
}
