// The `pastenym-server` program: runs the CLI against the real process.
import { runCli } from './cli.js';

const code = await runCli(process.argv.slice(2), process.env, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  onSignal: (handler) => {
    process.on('SIGINT', handler);
    process.on('SIGTERM', handler);
    return () => {
      process.off('SIGINT', handler);
      process.off('SIGTERM', handler);
    };
  },
});
// Everything is closed by now; exiting explicitly also ends a shutdown cut short.
process.exit(code);
