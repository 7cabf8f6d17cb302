#!/usr/bin/env node
// The `pastenym-nym-client` command: runs the built package (npm run build first).
import { runCli } from '../dist/src/index.js';

try {
  process.exitCode = await runCli(process.argv.slice(2));
} catch (error) {
  const code = error && typeof error === 'object' && 'code' in error ? ` [${error.code}]` : '';
  console.error(`error${code}: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
