import { option, optionLines } from '@pastenym/runtime';
import { z } from 'zod';
import { readOptions } from '../usage.js';
import { formatHeavyReport } from './heavy-report.js';
import { HEAVY_LONG, HEAVY_SHORT } from './heavy-profile.js';
import { runHeavy } from './heavy-run.js';
import { LONG_PROFILE, SHORT_PROFILE } from './profile.js';
import { formatReport } from './report.js';
import { runChaos } from './run.js';

/** The scenarios, by name. */
export const SCENARIOS = ['kills', 'heavy'] as const;

const OPTIONS = {
  scenario: option('--scenario NAME', z.enum(SCENARIOS), {
    default: 'kills',
    doc: SCENARIOS.join(' or '),
  }),
  short: option('--short', z.boolean(), { doc: 'the short run (CI)' }),
  help: option('-h, --help', z.boolean(), { doc: 'show this help' }),
};

export const CHAOS_HELP = `npm run test:chaos [-- --scenario kills|heavy] [-- --short]: the chaos suite

Starts the local mixnet (a process per node), the paste server's nym-client and the paste
server (SQLite in a temporary directory), runs a scenario, then reads every acknowledged paste
back and prints a table.

Scenarios:
  kills   (default) a steady load of create-then-get while a mix node, the clients' gateway,
          the server's gateway and the paste server are killed (SIGKILL) and restarted;
          about 9 minutes, --short about 80 s
  heavy   several loads at once, nothing killed: 10 MiB pastes (some readers vanish
          mid-transfer), a client handing out 23,000 reply blocks then creating, a v2 client
          with 20 requests in flight through its own nym-client restarted between runs, light
          clients pinging; then a fresh client's time to its first answer; about 20 minutes,
          --short about 5 minutes

${optionLines(Object.values(OPTIONS)).join('\n')}

Exit code: 0 when the scenario passed (no acknowledged paste lost, no request hung or failed
without a clear error; heavy: light pings p95 under 5 s, a fresh client answered within 10 s);
1 otherwise, or when the stack did not start or a killed piece did not come back; 2 for a bad
option.
`;

/**
 * Runs the chaos suite from the command line: progress on stderr, the table on stdout.
 * Resolves with the exit code; never throws.
 */
export async function runChaosCli(argv: readonly string[]): Promise<number> {
  let values;
  try {
    values = readOptions(OPTIONS, argv, 'test:chaos');
  } catch (error) {
    console.error(`error [stack.usage]: ${error instanceof Error ? error.message : 'bad usage'}`);
    return 2;
  }
  if (values.help) {
    console.log(CHAOS_HELP);
    return 0;
  }
  const { scenario } = values;
  // Exiting runs the clean-ups registered for exit: the server process, the temporary files.
  // (The mixnet's node processes stop by themselves when their launcher is gone.)
  const interrupted = () => process.exit(130);
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  const log = (line: string) => console.error(`chaos: ${line}`);
  try {
    if (scenario === 'heavy') {
      const report = await runHeavy({ profile: values.short ? HEAVY_SHORT : HEAVY_LONG, log });
      console.log(formatHeavyReport(report));
      return report.passed ? 0 : 1;
    }
    const report = await runChaos({ profile: values.short ? SHORT_PROFILE : LONG_PROFILE, log });
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
