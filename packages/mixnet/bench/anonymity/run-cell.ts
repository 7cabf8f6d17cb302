// Runs one setting of the grid on a real local mixnet (every node in this process, the link
// tap on) with a paste server here and N users in child processes, all real mixnet clients,
// and returns what the adversary recorded and what the users measured. Times are in the
// network's time: the real time divided by the setting's slowdown.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createNodeCrypto } from '@pastenym/crypto/node';
import { generateClientKeys, MixnetClient } from '../../src/index.js';
import { startMixnet, type LinkTapEvent, type Mixnet } from '../../src/node/index.js';
import { nodeWebSocket } from '../../src/node/web-socket.js';
import type { CellPlan } from './grid.js';
import { startUserProcesses, type UserProcesses } from './user-processes.js';
import { epochNow, messageId } from './user-process.js';
import type { NetworkRoles, TraceEvent } from './trace.js';

const crypto = createNodeCrypto();
const REPLY_BYTES = 32;
const NODE_WORKERS = Number(process.env.ANONYMITY_NODE_WORKERS ?? 1);

/** One setting's raw results. */
export interface CellRun {
  readonly plan: CellPlan;
  readonly trace: TraceEvent[];
  readonly roles: NetworkRoles;
  /** Mixes named `mix-<layer>a`: one per layer, for the corrupt case. */
  readonly corrupt: ReadonlySet<string>;
  readonly server: string;
  readonly window: { readonly from: number; readonly to: number };
  /** Send to arrival at the server, per message sent in the window and delivered (ms). */
  readonly latencies: readonly number[];
  /** Messages sent, and replies the server sent, in the window. */
  readonly sent: number;
  readonly replies: number;
  /** Real seconds the setting took, start to stop. */
  readonly realSeconds: number;
}

/** The identity part of a client address (`identity.encryption@gateway`), as gateways see it. */
const identityOf = (address: string) => address.slice(0, address.indexOf('.'));

/**
 * Runs one setting: starts the mixnet, the server and the users, lets everything warm up,
 * has the users send through the window, waits for the last messages (at most the plan's
 * tail), and stops it all.
 * @throws {Error} when the mixnet or a user process does not start
 */
export async function runCell(plan: CellPlan): Promise<CellRun> {
  const started = performance.now();
  const trace: TraceEvent[] = [];
  let origin = 0;
  const networkTime = () => (epochNow() - origin) / plan.slowdown;
  const tap = { record: (event: LinkTapEvent) => trace.push({ ...event, at: networkTime() }) };
  const dataDir = await mkdtemp(join(tmpdir(), 'pastenym-anonymity-'));
  let mixnet: Mixnet | undefined;
  let server: MixnetClient | undefined;
  let users: UserProcesses | undefined;
  try {
    mixnet = await startMixnet({
      profile: plan.profile,
      basePort: 0,
      singleProcess: true,
      dataDir,
      quiet: true,
      // Nodes on a loaded machine miss a heartbeat now and then: not a reason to drop them.
      heartbeatMs: 5000,
      nodeOptions: { tap },
      // Sphinx work of the nodes in threads of their own, beside the server's in this one.
      workers: NODE_WORKERS,
    });
    const gateways = mixnet.gateways.map((gateway) => gateway.address);
    server = await MixnetClient.start({
      crypto,
      keys: generateClientKeys(crypto),
      directoryUrl: mixnet.directoryUrl,
      directoryKey: mixnet.directoryKey,
      gateway: gateways[0]!,
      connect: nodeWebSocket,
    });
    const arrivedAt = new Map<string, number>();
    const repliedAt: number[] = [];
    const repliesInWindow = () =>
      repliedAt.filter((at) => at >= window.from && at <= window.to).length;
    const replier = server;
    replier.onMessage(({ data, senderTag }) => {
      arrivedAt.set(messageId(data), epochNow());
      if (!senderTag) return;
      repliedAt.push(networkTime());
      replier.reply(senderTag, crypto.randomBytes(REPLY_BYTES)).catch(() => {});
    });
    users = await startUserProcesses({
      directoryUrl: mixnet.directoryUrl,
      directoryKey: mixnet.directoryKey,
      gateways,
      server: server.address,
      users: plan.users,
      messagesPerUserPerSecond: plan.messagesPerUserPerSecond,
      slowdown: plan.slowdown,
    });

    origin = epochNow();
    trace.length = 0; // the adversary's clock starts here; start-up traffic is not measured
    const window = { from: plan.warmUpMs, to: plan.warmUpMs + plan.windowMs };
    const windowEnd = origin + window.to * plan.slowdown;
    const [sent] = await Promise.all([
      users.sendDuring(origin, windowEnd),
      sleep(Math.max(0, windowEnd - epochNow())),
    ]);
    // Let the messages arrive, for as long as nearly all of them take.
    const deadline = epochNow() + plan.tailMs * plan.slowdown;
    while (arrivedAt.size < sent.length && epochNow() < deadline) await sleep(50);
    const windowStart = origin + window.from * plan.slowdown;
    const measured = sent.filter(([, at]) => at >= windowStart);
    const latencies = measured.flatMap(([id, at]) => {
      const arrived = arrivedAt.get(id);
      return arrived === undefined ? [] : [(arrived - at) / plan.slowdown];
    });
    const nodes = mixnet.nodes;
    return {
      plan,
      trace,
      roles: {
        mixes: new Set(nodes.filter((n) => n.kind === 'mix').map((n) => n.address)),
        gateways: new Set(gateways),
      },
      corrupt: new Set(nodes.filter((n) => /^mix-\da$/.test(n.name)).map((n) => n.address)),
      server: identityOf(server.address),
      window,
      latencies,
      sent: measured.length,
      replies: repliesInWindow(),
      realSeconds: (performance.now() - started) / 1000,
    };
  } finally {
    await users?.stop();
    server?.close();
    await mixnet?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
