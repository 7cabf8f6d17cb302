import { encodeHex, type CryptoProvider } from '@pastenym/crypto';
import type { PasteClient } from '@pastenym/paste-protocol';
import { sleep } from './events.js';
import { track, type Outcome, type ReplyLimits } from './outcome.js';
import type { RequestRecord } from './report.js';

/** A create the server acknowledged: what reading it back must find. */
export interface AcknowledgedPaste {
  readonly phase: number;
  readonly pasteId: string;
  readonly key: string;
  readonly text: string;
}

/** What the load saw. */
export interface LoadResult {
  readonly requests: readonly RequestRecord[];
  readonly acknowledged: readonly AcknowledgedPaste[];
}

/** How the load runs. */
export interface LoadOptions {
  readonly clients: readonly PasteClient[];
  readonly crypto: CryptoProvider;
  readonly limits: ReplyLimits;
  /** Mean pause between two rounds of a client. */
  readonly pauseMs: number;
  /** The phase a request starting now belongs to. */
  readonly phase: () => number;
  /** True once no new request should start. */
  readonly stopped: () => boolean;
}

/** Lifetime of the load's pastes: longer than any run, offered by default servers. */
const EXPIRY_SECONDS = 3600;

/** Creates a paste of `text` under `limits`, with the load's expiry. */
export function trackCreate(client: PasteClient, text: string, limits: ReplyLimits) {
  return track(
    (signal) =>
      client.createPaste(
        { text, attachments: [] },
        { expirySeconds: EXPIRY_SECONDS, signal, timeoutMs: limits.replyTimeoutMs },
      ),
    limits,
  );
}

/** Reads an acknowledged paste under `limits`: `ok` if it opens to its text, else `what`. */
export function trackRead(
  client: PasteClient,
  { pasteId, key, text }: AcknowledgedPaste,
  limits: ReplyLimits,
  what: string,
) {
  return track(
    (signal) => client.getPaste(pasteId, { key, signal, timeoutMs: limits.replyTimeoutMs }),
    limits,
    (fetched): Outcome =>
      fetched.content.text === text ? { kind: 'ok' } : { kind: 'unclear', what },
  );
}

/**
 * A steady load: every client, concurrently, creates a paste and reads it back, pauses (a
 * jittered `pauseMs`), and again, until `stopped()`. Every request has the limits given; every
 * acknowledged create is recorded. Resolves when every client has finished its last request
 * (hung ones are abandoned by their watchdog, so this ends within deadline + grace of
 * `stopped()`).
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const requests: RequestRecord[] = [];
  const acknowledged: AcknowledgedPaste[] = [];
  const worker = async (client: PasteClient) => {
    while (!options.stopped()) {
      const text = `chaos ${encodeHex(options.crypto.randomBytes(12))}`;
      let phase = options.phase();
      let started = Date.now();
      const created = await trackCreate(client, text, options.limits);
      requests.push({ phase, op: 'create', outcome: created.outcome, ms: Date.now() - started });
      const paste = created.value;
      if (created.outcome.kind === 'ok' && paste?.key) {
        const stored = { phase, pasteId: paste.pasteId, key: paste.key, text };
        acknowledged.push(stored);
        phase = options.phase();
        started = Date.now();
        const read = await trackRead(client, stored, options.limits, 'read back other content');
        requests.push({ phase, op: 'get', outcome: read.outcome, ms: Date.now() - started });
      }
      // Jittered, so that the clients do not fall into step after an outage released them
      // together: at any moment some are mid-request.
      await sleep(options.pauseMs * (0.5 + options.crypto.randomBytes(1)[0]! / 255));
    }
  };
  await Promise.all(options.clients.map(worker));
  return { requests, acknowledged };
}
