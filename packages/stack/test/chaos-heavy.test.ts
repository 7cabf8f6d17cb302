// The heavy scenario's short profile, in process: several loads at once on the chaos stack
// (nodes and the paste server as child processes from the build; npm test builds first).
import { expect, it } from 'vitest';
import { formatHeavyReport, LOAD_KINDS } from '../src/chaos/heavy-report.js';
import { HEAVY_SHORT } from '../src/chaos/heavy-profile.js';
import { runHeavy } from '../src/chaos/heavy-run.js';

it('keeps answering everyone under large pastes, vanishing readers, many reply blocks and v2 bursts', async () => {
  const report = await runHeavy({ profile: HEAVY_SHORT });
  console.log(formatHeavyReport(report));
  expect(report.rows.map((row) => row.label)).toEqual([...LOAD_KINDS]);
  // Every load ran.
  for (const row of report.rows) expect(row.requests).toBeGreaterThan(0);
  expect(report.input.replyBlockCreates.sent).toBeGreaterThan(0);
  expect(report.total).toMatchObject({ lost: 0, unverified: 0, hung: 0, unclear: 0 });
  expect(report.failures).toEqual([]);
}, 480_000);
