// `npm run bench:e2e [-- --quick] [-- --clients K] [-- --layout L]`: paste operations per
// second and their latency through the whole system, as `npm start` runs it, in both launcher layouts. Clients
// run the `pastenym` command (its embedded mixnet client, or a nym-client stand-in each),
// several at once, creating then reading 1 KiB, 64 KiB and 1 MiB pastes. Per case: packets per
// operation counted at the gateways against the floor, and operations/s against the ceiling
// the mixnet's delivered packets/s allow in the same run.
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { equalBytes } from '@pastenym/crypto';
import { createNodeCrypto } from '@pastenym/crypto/node';
import { StackError } from '../src/errors.js';
import { openBenchClient, type BenchClient, type ClientKind } from './e2e-clients.js';
import { measurePacketsPerSecond } from './e2e-ceiling.js';
import { caseFigures, gatewayPackets, packetFloor, type CaseSample } from './e2e-figures.js';
import { FULL_PLAN, QUICK_PLAN, type BenchPlan } from './e2e-plan.js';
import { startBenchStack, type BenchStack } from './e2e-stack.js';
import { formatCaseTable, formatNumber, markdownTable, type CaseRow } from './e2e-table.js';

const crypto = createNodeCrypto();
const log = (line: string) => console.error(`bench:e2e: ${line}`);

const USAGE =
  'npm run bench:e2e [-- --quick] [-- --clients K] [-- --layout in-process|process-per-node]';
const usageError = () => {
  console.error(`error [stack.usage]: ${USAGE}`);
  process.exit(2);
};
const { values } = (() => {
  try {
    return parseArgs({
      options: {
        quick: { type: 'boolean', default: false },
        clients: { type: 'string' },
        layout: { type: 'string' },
      },
    });
  } catch {
    return usageError();
  }
})();
const base = values.quick ? QUICK_PLAN : FULL_PLAN;
const plan: BenchPlan = {
  ...base,
  clients: Number(values.clients ?? base.clients),
  libraryClients: Number(values.clients ?? base.libraryClients),
  layouts: base.layouts.filter((layout) => (values.layout ?? layout) === layout),
};
if (!Number.isInteger(plan.clients) || plan.clients < 1 || plan.layouts.length === 0) usageError();

const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');
const loadBefore = load();
const started = performance.now();
const rows: CaseRow[] = [];
/** Why operations failed (the command's error codes), with how many. */
const failures = new Map<string, number>();
const ceilings: string[][] = [];
for (const layout of plan.layouts) {
  log(`starting the stack (${layout})…`);
  const stack = await startBenchStack(layout);
  try {
    const ceiling = () =>
      measurePacketsPerSecond(stack, crypto, plan.ceilingPairs, plan.ceilingMessages);
    const rates = [await ceiling()];
    const measured: CaseMeasure[] = [];
    for (const kind of plan.kinds) measured.push(...(await measureKind(stack, kind)));
    // A capacity: on a shared machine the best window, before and after the cases, is the truest.
    rates.push(await ceiling());
    const packetsPerSecond = Math.max(...rates);
    ceilings.push([
      layout,
      rates.map((rate) => formatNumber(rate)).join(', '),
      formatNumber(packetsPerSecond),
    ]);
    for (const { label, sample, floor } of measured)
      rows.push({ label, figures: caseFigures(sample, floor, packetsPerSecond) });
  } finally {
    await stack.stop();
  }
}

console.log(
  `\nbench:e2e${values.quick ? ' --quick' : ''}: up to ${plan.clients} commands ` +
    `(${plan.libraryClients} library clients) at once, ` +
    `${availableParallelism()} cores, Node ${process.version}, load average ${loadBefore} ` +
    `before and ${load()} after, ${formatNumber((performance.now() - started) / 1000)} s\n`,
);
console.log(
  'Each operation of `cli` and `nym-client` is one `pastenym` command as users run it (join ' +
    "or connect, ping, the request), with the command's own reply-block counts; `library` " +
    'clients are long-lived programs (one mixnet client and PasteClient each, pinged once ' +
    "before the cases), so they measure the path alone. The server's proof of work fixed " +
    'at 8 bits. Packets: entering the mixnet at the gateways (sent by clients, and acks the ' +
    'gateways fired), pings and retransmissions included. Floor: every fragment of the paste ' +
    'one way and of the reply the other, each with its ack.\n',
);
console.log(formatCaseTable(rows));
for (const [reason, count] of failures) console.log(`\nfailed ${count} time(s): ${reason}`);
console.log(
  '\n' +
    markdownTable(
      [
        'layout',
        `delivered packets/s: ${plan.ceilingPairs} pairs of clients, one-packet messages and their acks (before and after the cases)`,
        'ceiling: the best',
      ],
      ceilings,
    ),
);
process.exit(0);

interface CaseMeasure {
  readonly label: string;
  readonly sample: CaseSample;
  readonly floor: number;
}

/** The cases of one kind of client: for each size, creates then gets of what was created. */
async function measureKind(stack: BenchStack, kind: ClientKind): Promise<CaseMeasure[]> {
  const clients = await Promise.all(
    Array.from({ length: kind === 'library' ? plan.libraryClients : plan.clients }, (_, i) =>
      openBenchClient(kind, stack, i, crypto),
    ),
  );
  try {
    const results: CaseMeasure[] = [];
    for (const size of plan.sizes) {
      const active = clients.slice(0, size.maxClients ?? clients.length);
      const label = (op: string) =>
        `${stack.layout}, ${kind} ×${active.length}, ${size.label} ${op}`;
      log(label('create'));
      const pastes = active.map(() => [] as { link: string; content: Uint8Array }[]);
      const counts = active.map(() => size.perClient);
      const creates = await measureCase(stack, active, counts, async (client, i) => {
        const content = crypto.randomBytes(size.bytes);
        pastes[i]!.push({ link: await client.create(content), content });
      });
      results.push({ label: label('create'), sample: creates, floor: packetFloor(size.bytes, 0) });
      const created = pastes.map((list) => list.length);
      log(label('get'));
      const gets = await measureCase(stack, active, created, async (client, i, n) => {
        const { link, content } = pastes[i]![n]!;
        const got = await client.get(link);
        if (!equalBytes(got, content))
          throw new StackError('stack.bench_failed', 'a paste read back differs');
      });
      results.push({ label: label('get'), sample: gets, floor: packetFloor(0, size.bytes) });
    }
    return results;
  } finally {
    await Promise.all(clients.map((client) => client.close()));
  }
}

/**
 * Every client runs up to `counts[i]` operations one after another, all clients at once; a
 * client starts no new one after `budgetMs` (but runs at least one), so a slow machine still
 * ends the run in time.
 */
async function measureCase(
  stack: BenchStack,
  clients: readonly BenchClient[],
  counts: readonly number[],
  operation: (client: BenchClient, clientIndex: number, n: number) => Promise<void>,
): Promise<CaseSample> {
  const latenciesMs: number[] = [];
  const before = gatewayPackets(await stack.counters());
  const started = performance.now();
  const until = started + plan.caseBudgetMs;
  await Promise.all(
    clients.map(async (client, i) => {
      for (let n = 0; n < counts[i]! && (n === 0 || performance.now() < until); n++) {
        const opStarted = performance.now();
        try {
          await operation(client, i, n);
          latenciesMs.push(performance.now() - opStarted);
        } catch (error) {
          latenciesMs.push(Infinity);
          const code = error instanceof Error ? error.message : String(error);
          failures.set(code, (failures.get(code) ?? 0) + 1);
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const packets = gatewayPackets(await stack.counters()) - before;
  return { latenciesMs, seconds, packets };
}
