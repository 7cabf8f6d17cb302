#!/usr/bin/env node
// The `pastenym-server` command: runs the built server (`npm run build` first).
import '../dist/src/node/main.js';
