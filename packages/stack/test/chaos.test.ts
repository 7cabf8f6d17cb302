// The chaos suite's short profile, in process: the mixnet's nodes and the paste server run as
// child processes from the build (npm test builds first), killed and restarted under load.
import { expect, it } from 'vitest';
import { SHORT_PROFILE } from '../src/chaos/profile.js';
import { formatReport } from '../src/chaos/report.js';
import { runChaos } from '../src/chaos/run.js';

it('loses no acknowledged paste and leaves no request hanging while pieces are killed', async () => {
  const report = await runChaos({ profile: SHORT_PROFILE });
  console.log(formatReport(report));
  expect(report.rows.map((row) => row.label)).toEqual([
    'calm',
    'kill mix node mix-2a',
    "kill clients' gateway",
    "kill server's gateway",
    'kill paste server',
    'calm after',
  ]);
  expect(report.total.acknowledged).toBeGreaterThan(0);
  expect(report.total).toMatchObject({ lost: 0, unverified: 0, hung: 0, unclear: 0 });
  expect(report.failures).toEqual([]);
  // Everything came back: the calm after the last event is served again.
  expect(report.rows.at(-1)!.ok).toBeGreaterThan(0);
}, 180_000);
