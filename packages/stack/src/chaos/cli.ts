import { parseArgs } from 'node:util';
import { LONG_PROFILE, SHORT_PROFILE } from './profile.js';
import { formatReport } from './report.js';
import { runChaos } from './run.js';

export const CHAOS_HELP = `npm run test:chaos [-- --short]: the chaos suite

Starts the local mixnet (a process per node), the paste server's nym-client and the paste
server (SQLite in a temporary directory), runs a steady load of create-then-get, and meanwhile
kills (SIGKILL) and restarts a mix node, the clients' gateway, the server's gateway and the
paste server. Then reads every acknowledged paste back and prints a table per phase.

  --short    about a minute, every kind of event once (CI); default: about five minutes

Exit code: 0 when no acknowledged paste was lost and no request hung (or failed without a clear
error); 1 otherwise, or when the stack did not start or a killed piece did not come back.
`;

/**
 * Runs the chaos suite from the command line: progress on stderr, the table on stdout.
 * Resolves with the exit code; never throws.
 */
export async function runChaosCli(argv: readonly string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        short: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    console.error(`error [stack.usage]: ${error instanceof Error ? error.message : 'bad usage'}`);
    return 2;
  }
  if (values.help) {
    console.log(CHAOS_HELP);
    return 0;
  }
  // Exiting runs the clean-ups registered for exit: the server process, the temporary files.
  // (The mixnet's node processes stop by themselves when their launcher is gone.)
  const interrupted = () => process.exit(130);
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    const report = await runChaos({
      profile: values.short ? SHORT_PROFILE : LONG_PROFILE,
      log: (line) => console.error(`chaos: ${line}`),
    });
    console.log(formatReport(report));
    return report.passed ? 0 : 1;
  } catch (error) {
    const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : '';
    const message = error instanceof Error ? error.message : String(error);
    console.error(`error [${code || 'stack.chaos'}]: the run is void: ${message}`);
    return 1;
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
  }
}
