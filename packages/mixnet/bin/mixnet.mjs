#!/usr/bin/env node
// The `mixnet` command: a local mixnet (directory, 3 layers of 2 mixes, 2 gateways).
// Runs the built package: `npm run build` (tsc -b) first.
let cli;
try {
  cli = await import('../dist/src/node/index.js');
} catch (error) {
  console.error('mixnet: cannot load the built package; run `npm run build` first.');
  console.error(String(error));
  process.exit(1);
}
process.exitCode = await cli.runCli(process.argv.slice(2));
// Open handles (HTTP keep-alive, timers) must not keep a finished command alive.
process.exit();
