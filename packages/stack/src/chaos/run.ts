import { runEvent, sleep } from './events.js';
import { runLoad } from './load.js';
import { eventLabel, type ChaosProfile } from './profile.js';
import { readBack } from './read-back.js';
import { summarize, type ChaosReport } from './report.js';
import { gatewayOf, runScenario } from './scenario.js';

/** Options of {@link runChaos}. */
export interface ChaosOptions {
  readonly profile: ChaosProfile;
  /** Progress for people (phases, events); never ids, keys or addresses. */
  readonly log?: (line: string) => void;
}

/**
 * The chaos suite: starts the stack (mixnet nodes as child processes, the server's nym-client,
 * the paste server as a child process on SQLite, all in a temporary directory), runs a steady
 * load of create-then-get through embedded mixnet clients, and meanwhile kills and restarts what
 * the profile says, one event after another. Then reads every acknowledged paste back through
 * fresh clients and reports per phase. Stops everything and removes the directory.
 * @throws {MixnetError} or {@link StackError} when the stack does not start or a killed piece
 *   does not come back: the run is then void, not passed
 * @example const report = await runChaos({ profile: SHORT_PROFILE }); report.passed
 */
export async function runChaos(options: ChaosOptions): Promise<ChaosReport> {
  const { profile } = options;
  const log = options.log ?? (() => undefined);
  return runScenario({ dirPrefix: 'pastenym-chaos-', log }, async ({ stack, crypto, join }) => {
    // Half of each set of clients (load, read-back) on each gateway.
    const joinClients = () =>
      Promise.all(
        Array.from({ length: profile.clients }, (_, i) =>
          join(gatewayOf(i), profile.replyTimeoutMs),
        ),
      );
    const loadClients = await joinClients();

    // Phases as they start; each one's resent packets are counted when the next one starts.
    const labels: string[] = [];
    const resentAtStart: number[] = [];
    const resent = () => loadClients.reduce((sum, c) => sum + c.mixnet.stats.retransmitted, 0);
    const enter = (label: string) => {
      labels.push(label);
      resentAtStart.push(resent());
    };
    let stopped = false;
    enter('calm');
    log(`load: ${profile.clients} clients, create then get, ${profile.name} profile`);
    const load = runLoad({
      clients: loadClients.map((client) => client.paste),
      crypto,
      limits: profile,
      pauseMs: profile.pauseMs,
      phase: () => labels.length - 1,
      stopped: () => stopped,
    });
    await sleep(profile.calmMs);
    for (const event of profile.events) {
      const started = Date.now();
      enter(eventLabel(event));
      log(`${eventLabel(event)} (down ${event.downMs / 1000} s)`);
      await runEvent(stack, event);
      await sleep(event.windowMs - (Date.now() - started));
    }
    enter('calm after');
    await sleep(profile.tailMs);
    stopped = true;
    log('load stopped; waiting for requests in flight…');
    const result = await load;
    // The load's clients stay until the end: replies still on their way to them get acked,
    // rather than retransmitted by the server's nym-client to no one.
    resentAtStart.push(resent());
    const phases = labels.map((label, i) => ({
      label,
      retransmitted: resentAtStart[i + 1]! - resentAtStart[i]!,
    }));

    log(`reading back ${result.acknowledged.length} acknowledged pastes…`);
    await stack.mixnet.waitForTopology();
    const readers = await joinClients();
    const { verdicts, stats } = await readBack(
      result.acknowledged,
      readers.map((reader) => reader.paste),
      {
        limits: profile,
        budgetMs: profile.readBackBudgetMs,
        onRetire: (i) => log(`a reader on ${gatewayOf(i)} got no answers and gave up`),
      },
    );
    return summarize(profile.name, phases, result.requests, verdicts, stats);
  });
}
