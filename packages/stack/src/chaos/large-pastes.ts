import type { CryptoProvider } from '@pastenym/crypto';
import type { EmbeddedPasteClient } from './embedded-client.js';
import type { HeavyRequest, LargeGets } from './heavy-report.js';
import type { HeavyProfile } from './heavy-profile.js';
import { trackCreate, trackRead, type AcknowledgedPaste } from './load.js';
import { classify, type ReplyLimits } from './outcome.js';

/** How the large-paste load runs. */
export interface LargePastesOptions {
  /** Joins the mixnet with new keys. */
  readonly open: () => Promise<EmbeddedPasteClient>;
  readonly crypto: CryptoProvider;
  readonly profile: HeavyProfile['large'];
  /** The large pastes' reply timeout and deadline, and the grace of every request. */
  readonly limits: ReplyLimits;
  readonly stopped: () => boolean;
  readonly record: (request: HeavyRequest) => void;
}

/** What the large-paste load left: pastes to read back, and how its gets ended. */
export interface LargePastesResult {
  readonly acknowledged: AcknowledgedPaste[];
  readonly gets: LargeGets;
}

/** Random text of `bytes` characters (base64: compresses to about 3/4, as real files do). */
function largeText(crypto: CryptoProvider, bytes: number): string {
  return Buffer.from(crypto.randomBytes(Math.ceil((bytes * 3) / 4)))
    .toString('base64')
    .slice(0, bytes);
}

/**
 * Clients creating large pastes and reading each back, until `stopped()`. The first
 * `vanishing` of them read back through a second client they close mid-transfer, as a user
 * who closes the tab while a large paste loads: the server's side keeps sending to no one.
 */
export async function runLargePastes(options: LargePastesOptions): Promise<LargePastesResult> {
  const { profile, limits } = options;
  const acknowledged: AcknowledgedPaste[] = [];
  const gets = { completed: 0, abandoned: 0 };
  const worker = async (vanishing: boolean) => {
    const client = await options.open();
    while (!options.stopped()) {
      const text = largeText(options.crypto, profile.bytes);
      let started = Date.now();
      const created = await trackCreate(client.paste, text, limits);
      options.record({
        kind: 'large',
        op: 'create',
        outcome: created.outcome,
        ms: Date.now() - started,
      });
      const paste = created.value;
      if (created.outcome.kind !== 'ok' || !paste?.key) continue;
      const stored = { phase: 0, pasteId: paste.pasteId, key: paste.key, text };
      acknowledged.push(stored);
      started = Date.now();
      if (vanishing) {
        let reader: EmbeddedPasteClient;
        try {
          reader = await options.open();
        } catch (error) {
          const ms = Date.now() - started;
          options.record({ kind: 'large', op: 'get', outcome: classify(error), ms });
          continue;
        }
        const vanish = setTimeout(() => reader.close(), profile.vanishAfterMs);
        const read = await trackRead(reader.paste, stored, limits, 'other content');
        clearTimeout(vanish);
        reader.close();
        // Finished before its reader vanished: an ordinary get; else left on purpose.
        if (read.outcome.kind !== 'ok') {
          gets.abandoned++;
          continue;
        }
        gets.completed++;
        options.record({
          kind: 'large',
          op: 'get',
          outcome: read.outcome,
          ms: Date.now() - started,
        });
        continue;
      }
      const read = await trackRead(client.paste, stored, limits, 'other content');
      options.record({ kind: 'large', op: 'get', outcome: read.outcome, ms: Date.now() - started });
      if (read.outcome.kind === 'ok') gets.completed++;
    }
  };
  await Promise.all(
    Array.from({ length: profile.clients }, (_, i) => worker(i < profile.vanishing)),
  );
  return { acknowledged, gets };
}
