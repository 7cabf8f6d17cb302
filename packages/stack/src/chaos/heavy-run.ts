import { join } from 'node:path';
import { CLIENTS_GATEWAY } from './chaos-stack.js';
import { sleep } from './events.js';
import {
  summarizeHeavy,
  type HeavyAcknowledged,
  type HeavyReport,
  type HeavyRequest,
} from './heavy-report.js';
import { HEAVY_PASS, type HeavyProfile } from './heavy-profile.js';
import { joinWithRetry } from './join-retry.js';
import { runLargePastes } from './large-pastes.js';
import { formatSeconds, percentile } from './latency.js';
import { runLoad, type AcknowledgedPaste } from './load.js';
import type { ReplyLimits } from './outcome.js';
import { pingThroughout, timeToFirstAnswer } from './pings.js';
import { readBack } from './read-back.js';
import { runReplyBlocks } from './reply-blocks.js';
import { gatewayOf, runScenario } from './scenario.js';
import { readBackV2, runV2Load } from './v2-load.js';

/**
 * The paste server as `npm start` runs it (proof of work 16 bits, v2 creates 12 a minute), but
 * the difficulty rises to 18 bits at most: higher, a 2-core machine would spend the run
 * solving proofs of work rather than moving pastes.
 */
const HEAVY_SERVER_FLAGS = ['--pow-difficulty', '16', '--pow-max-difficulty', '18'];

/** How often the light client's pings are summed up on the log during the load. */
const PROGRESS_EVERY_MS = 60_000;

/** Options of {@link runHeavy}. */
export interface HeavyOptions {
  readonly profile: HeavyProfile;
  /** Progress for people; never ids, keys or addresses. */
  readonly log?: (line: string) => void;
}

/**
 * The heavy scenario: on the chaos stack (nothing is killed), several loads at once for
 * `loadMs`: large pastes (some readers vanish mid-transfer), a client that hands out more reply
 * blocks than any window then creates, a v2 client with many requests in flight through its own
 * nym-client restarted between runs, and light clients (one pinging throughout). Then a fresh
 * client pings until answered, and every acknowledged paste is read back.
 * @throws {MixnetError} or {@link StackError} when the stack does not start: the run is void
 */
export async function runHeavy(options: HeavyOptions): Promise<HeavyReport> {
  const { profile } = options;
  const log = options.log ?? (() => undefined);
  const scenario = { dirPrefix: 'pastenym-heavy-', serverFlags: HEAVY_SERVER_FLAGS, log };
  return runScenario(scenario, async ({ stack, crypto, dir, join: joinGateway }) => {
    const { mixnet, serverAddress } = stack;
    // Each try joins the next gateway in turn.
    let joined = 0;
    const open = (timeoutMs = profile.replyTimeoutMs) =>
      joinWithRetry(() => joinGateway(gatewayOf(joined++), timeoutMs));
    const limits: ReplyLimits = profile;
    const { replyTimeoutMs, deadlineMs } = profile.large;
    const largeLimits = { replyTimeoutMs, deadlineMs, graceMs: profile.graceMs };
    const requests: HeavyRequest[] = [];
    const record = (request: HeavyRequest) => requests.push(request);
    // The continuous loads run until `loadMs` is over and the finite ones (v2 runs, reply
    // blocks) are done; those start nothing new once `overrunMs` past it.
    let finiteDone = false;
    let loadEnd = Infinity;
    const isStopped = () => finiteDone && Date.now() >= loadEnd;
    const overdue = () => Date.now() >= loadEnd + profile.overrunMs;

    const pinger = await open();
    const blocksClient = await open();
    const small = await Promise.all(
      Array.from({ length: profile.light.smallClients }, () => open()),
    );
    log(
      `load for ${profile.loadMs / 1000} s: ${profile.large.clients} large-paste clients ` +
        `(${profile.large.vanishing} vanishing), 1 handing out reply blocks, 1 v2 client, ` +
        `${1 + profile.light.smallClients} light clients`,
    );
    loadEnd = Date.now() + profile.loadMs;
    // Once a minute, how the light client's pings fared: when the server fell silent shows.
    let recent: number[] = [];
    const progress = setInterval(() => {
      const answered = recent.filter(Number.isFinite);
      log(
        `light pings ended in the last minute: ${answered.length} answered of ${recent.length}` +
          `, p95 ${formatSeconds(percentile(recent, 95))} s`,
      );
      recent = [];
    }, PROGRESS_EVERY_MS);
    const pings = pingThroughout(
      pinger.paste,
      profile.light.pingEveryMs,
      limits,
      isStopped,
      (p) => {
        record({ kind: 'light', op: 'ping', ...p });
        recent.push(p.outcome.kind === 'ok' ? p.ms : Infinity);
      },
    );
    const endProgress = () => clearInterval(progress);
    pings.then(endProgress, endProgress);
    const smallLoad = runLoad({
      clients: small.map((client) => client.paste),
      crypto,
      limits,
      pauseMs: profile.light.smallPauseMs,
      phase: () => 0,
      stopped: isStopped,
    });
    const large = runLargePastes({
      open: () => open(profile.large.replyTimeoutMs),
      crypto,
      profile: profile.large,
      limits: largeLimits,
      stopped: isStopped,
      record,
    });
    const replyBlocks = runReplyBlocks({
      client: blocksClient,
      server: serverAddress,
      crypto,
      profile: profile.replyBlocks,
      limits,
      stopped: overdue,
      record,
    });
    const v2Options = {
      crypto,
      clientsDir: join(dir, 'nym-clients'),
      network: {
        gateway: mixnet.node(CLIENTS_GATEWAY).address,
        directoryUrl: mixnet.directoryUrl,
        directoryKey: mixnet.directoryKey,
      },
      server: serverAddress,
      profile: profile.v2,
      limits,
      stopped: overdue,
      record,
      log,
    };
    const v2 = runV2Load(v2Options);
    const everything = Promise.all([pings, smallLoad, large, replyBlocks, v2]);
    everything.catch(() => undefined); // awaited below: no rejection goes unhandled meanwhile
    await Promise.all([replyBlocks, v2]);
    finiteDone = true;
    log('v2 client and reply blocks done');
    await sleep(loadEnd - Date.now());
    log('load stopped; waiting for requests in flight…');
    const [pingSamples, smallResult, largeResult, blocksResult, v2Pastes] = await everything;
    for (const r of smallResult.requests)
      record({ kind: 'light', op: r.op, outcome: r.outcome, ms: r.ms });

    log('a fresh client pings…');
    const fresh = await open();
    const freshFirstAnswerMs = await timeToFirstAnswer(
      fresh.paste,
      profile.fresh.pingEveryMs,
      profile.fresh.budgetMs,
      { deadlineMs: profile.fresh.budgetMs, graceMs: profile.graceMs },
    );
    log(
      `fresh client: ${freshFirstAnswerMs === null ? 'no answer' : `answered after ${freshFirstAnswerMs} ms`}`,
    );

    const acknowledged: HeavyAcknowledged[] = [];
    const smallPastes: [HeavyAcknowledged['kind'], readonly AcknowledgedPaste[]][] = [
      ['light', smallResult.acknowledged],
      ['reply-blocks', blocksResult.acknowledged],
    ];
    const count =
      smallPastes.reduce((n, [, p]) => n + p.length, 0) +
      largeResult.acknowledged.length +
      v2Pastes.ids.length;
    log(`reading back ${count} acknowledged pastes…`);
    const smallReaders = [await open(), await open()];
    const largeReaders = [
      await open(profile.large.replyTimeoutMs),
      await open(profile.large.replyTimeoutMs),
    ];
    const readSmall = readBack(
      smallPastes.flatMap(([, pastes]) => pastes),
      smallReaders.map((reader) => reader.paste),
      { limits, budgetMs: profile.readBackBudgetMs },
    );
    const readLarge = readBack(
      largeResult.acknowledged,
      largeReaders.map((reader) => reader.paste),
      { limits: largeLimits, budgetMs: profile.readBackBudgetMs },
    );
    const readV2 = readBackV2(v2Options, v2Pastes, profile.readBackBudgetMs);
    const [smallBack, largeBack, v2Back] = await Promise.all([readSmall, readLarge, readV2]);
    // read-back keeps the order of the pastes given: map verdicts back to their load.
    const kinds = smallPastes.flatMap(([kind, pastes]) => pastes.map(() => kind));
    smallBack.verdicts.forEach(({ verdict }, i) => acknowledged.push({ kind: kinds[i]!, verdict }));
    for (const { verdict } of largeBack.verdicts) acknowledged.push({ kind: 'large', verdict });
    acknowledged.push(...v2Back.verdicts);

    return summarizeHeavy(
      {
        profile: profile.name,
        requests,
        acknowledged,
        pings: pingSamples,
        freshFirstAnswerMs,
        largeGets: largeResult.gets,
        replyBlockCreates: { answered: blocksResult.answered, sent: blocksResult.sent },
        readBack: {
          reads: smallBack.stats.reads + largeBack.stats.reads + v2Back.reads,
          unanswered: smallBack.stats.unanswered + largeBack.stats.unanswered + v2Back.unanswered,
        },
      },
      HEAVY_PASS,
    );
  });
}
