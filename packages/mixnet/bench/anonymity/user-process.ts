// A child process of the anonymity benchmark running a share of its users: real mixnet
// clients that send messages to the paste server at Poisson times during the window, with
// the profile's cover traffic throughout. Users are spread over a few processes so that their
// Sphinx work has more than one thread on a shared machine. Talks to its parent over IPC.
import { setTimeout as sleep } from 'node:timers/promises';
import { createNodeCrypto } from '@pastenym/crypto/node';
import { generateClientKeys, MixnetClient } from '../../src/index.js';
import { nodeWebSocket } from '../../src/node/web-socket.js';

/** What the parent tells a user process at its start (as JSON, its first argument). */
export interface UserProcessConfig {
  readonly directoryUrl: string;
  readonly directoryKey: string;
  readonly gateways: readonly string[];
  /** Index of this process's first user: users take gateways in turn by their index. */
  readonly firstUser: number;
  readonly users: number;
  readonly server: string;
  readonly messagesPerUserPerSecond: number;
  readonly slowdown: number;
}

/** Parent to child: send during this window (epoch ms, `performance.timeOrigin` based); stop. */
export type ToUsers =
  { readonly type: 'go'; readonly from: number; readonly to: number } | { readonly type: 'stop' };
/** Child to parent: every client connected; the messages sent (id, epoch ms). */
export type FromUsers =
  | { readonly type: 'ready' }
  | { readonly type: 'sent'; readonly messages: readonly (readonly [string, number])[] };

export const MESSAGE_BYTES = 64;
/** Reply blocks per message: the server spends one and keeps one, so never asks for more. */
const REPLY_BLOCKS = 2;
const START_BATCH = 20;
const START_ATTEMPTS = 5;

/** Milliseconds since the epoch, comparable between processes. */
export const epochNow = () => performance.timeOrigin + performance.now();

/** The first bytes of a message: its id (random, so unique enough). */
export function messageId(data: Uint8Array): string {
  return Buffer.from(data.subarray(0, 8)).toString('hex');
}

async function main(config: UserProcessConfig): Promise<void> {
  const crypto = createNodeCrypto();
  // A loaded machine may drop a gateway from the topology for a moment: try again.
  const startUser = async (gateway: string, attempt = 1): Promise<MixnetClient> => {
    try {
      return await MixnetClient.start({
        crypto,
        keys: generateClientKeys(crypto),
        directoryUrl: config.directoryUrl,
        directoryKey: config.directoryKey,
        gateway,
        connect: nodeWebSocket,
      });
    } catch (error) {
      if (attempt >= START_ATTEMPTS) throw error;
      await sleep(1000);
      return startUser(gateway, attempt + 1);
    }
  };
  const users: MixnetClient[] = [];
  for (let i = 0; i < config.users; i += START_BATCH) {
    const batch = Array.from({ length: Math.min(START_BATCH, config.users - i) }, (_, j) =>
      startUser(config.gateways[(config.firstUser + i + j) % config.gateways.length]!),
    );
    users.push(...(await Promise.all(batch)));
  }
  const send = (message: FromUsers) => process.send!(message);
  process.on('message', (message: ToUsers) => {
    if (message.type === 'stop') {
      for (const user of users) user.close();
      process.exit(0);
    }
    void sendDuring(message.from, message.to).then((messages) => send({ type: 'sent', messages }));
  });
  send({ type: 'ready' });

  async function sendDuring(from: number, to: number): Promise<[string, number][]> {
    const sent: [string, number][] = [];
    const meanGapMs = (1000 / config.messagesPerUserPerSecond) * config.slowdown;
    await Promise.all(
      users.map(async (user) => {
        for (let at = from; ;) {
          at += -meanGapMs * Math.log(1 - Math.random());
          if (at > to) return;
          await sleep(Math.max(0, at - epochNow()));
          const data = crypto.randomBytes(MESSAGE_BYTES);
          sent.push([messageId(data), epochNow()]);
          user.sendAnonymous(config.server, data, REPLY_BLOCKS).catch(() => {});
        }
      }),
    );
    return sent;
  }
}

if (process.send) await main(JSON.parse(process.argv[2]!) as UserProcessConfig);
