#!/usr/bin/env node
// The `pastenym` command: runs the built package (`npm run build` first).
let cli;
try {
  cli = await import('../dist/src/index.js');
} catch (error) {
  console.error('error [internal]: cannot load the built package; run `npm run build` first');
  console.error(String(error));
  process.exit(1);
}
const code = await cli.runCli(process.argv.slice(2), cli.processIo());
// Output has been flushed (every write is awaited); open sockets and timers must not keep a
// finished command alive.
process.exit(code);
