#!/usr/bin/env node
// `npm run test:chaos`: the chaos suite, from the build (`tsc -b` first). `--short` for CI.
import { runChaosCli } from '../dist/src/chaos/cli.js';

const code = await runChaosCli(process.argv.slice(2));
// Exit explicitly: closed mixnet clients may still hold retransmission timers (see the README).
process.exit(code);
