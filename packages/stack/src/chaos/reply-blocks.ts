import type { CryptoProvider } from '@pastenym/crypto';
import { anonymousTransport, PasteClient, type Transport } from '@pastenym/paste-protocol';
import type { EmbeddedPasteClient } from './embedded-client.js';
import type { HeavyRequest } from './heavy-report.js';
import { inWindow } from './in-window.js';
import type { HeavyProfile } from './heavy-profile.js';
import { trackCreate, type AcknowledgedPaste } from './load.js';
import { track, type ReplyLimits } from './outcome.js';

/** Messages with many blocks on their way at once. */
const HAND_OUTS_IN_FLIGHT = 3;

/** How the reply-block load runs. */
export interface ReplyBlocksOptions {
  readonly client: EmbeddedPasteClient;
  readonly server: string;
  readonly crypto: CryptoProvider;
  readonly profile: HeavyProfile['replyBlocks'];
  readonly limits: ReplyLimits;
  readonly stopped: () => boolean;
  readonly record: (request: HeavyRequest) => void;
}

/** The creates made after handing out the blocks: answered of sent, and what was stored. */
export interface ReplyBlocksResult {
  readonly answered: number;
  readonly sent: number;
  readonly acknowledged: AcknowledgedPaste[];
}

/**
 * One client hands out more reply blocks than any sender keeps keys for: `toServer` v3 pings
 * to the server, then `toSelf` messages to its own address (as to a second service it uses),
 * each with `blocksPerMessage` blocks. The server then holds blocks of this client whose keys
 * the client may have let go. Then it creates `creates` small pastes with ordinary reply
 * blocks, `createsInFlight` at a time (an app sending a batch), until `stopped()`: each must be
 * answered.
 */
export async function runReplyBlocks(options: ReplyBlocksOptions): Promise<ReplyBlocksResult> {
  const { client, profile, limits } = options;
  const timeoutMs = limits.replyTimeoutMs;
  const record = (op: string, started: number, outcome: HeavyRequest['outcome']) =>
    options.record({ kind: 'reply-blocks', op, outcome, ms: Date.now() - started });
  // A second paste client on the same mixnet client, whose requests carry many blocks.
  const plain = anonymousTransport(client.mixnet, options.server);
  const generousTransport: Transport = {
    ...plain,
    send: (bytes, sending) =>
      plain.send(bytes, { ...sending, replyBlocks: profile.blocksPerMessage }),
  };
  const generous = new PasteClient({
    transport: generousTransport,
    crypto: options.crypto,
    timeoutMs,
  });
  const handOut = async (op: string, send: (signal: AbortSignal) => Promise<unknown>) => {
    if (options.stopped()) return;
    const started = Date.now();
    const { outcome } = await track(send, limits);
    record(op, started, outcome);
  };
  // A few at a time, as an app sending several large messages: to the server first, so that
  // its blocks are the oldest this client made.
  try {
    await inWindow(profile.toServer, HAND_OUTS_IN_FLIGHT, () =>
      handOut('hand-out', (signal) => generous.ping({ signal, timeoutMs })),
    );
  } finally {
    generous.close();
  }
  const self = client.mixnet.address;
  await inWindow(profile.toSelf, HAND_OUTS_IN_FLIGHT, () =>
    handOut('hand-out (self)', () =>
      client.mixnet.sendAnonymous(self, options.crypto.randomBytes(64), profile.blocksPerMessage),
    ),
  );
  const acknowledged: AcknowledgedPaste[] = [];
  let sent = 0;
  await inWindow(profile.creates, profile.createsInFlight, async () => {
    if (options.stopped()) return;
    const text = `heavy blocks ${Buffer.from(options.crypto.randomBytes(12)).toString('hex')}`;
    const started = Date.now();
    sent++;
    const created = await trackCreate(client.paste, text, limits);
    record('create', started, created.outcome);
    const paste = created.value;
    if (created.outcome.kind === 'ok' && paste?.key) {
      acknowledged.push({ phase: 0, pasteId: paste.pasteId, key: paste.key, text });
    }
  });
  return { answered: acknowledged.length, sent, acknowledged };
}
