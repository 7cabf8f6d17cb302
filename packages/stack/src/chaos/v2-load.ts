import { encodeHex, type CryptoProvider } from '@pastenym/crypto';
import { connectNymApi } from '@pastenym/nym-api/node';
import { initClient, startDaemon } from '@pastenym/nym-client';
import type { HeavyAcknowledged, HeavyRequest } from './heavy-report.js';
import { inWindow } from './in-window.js';
import { joinWithRetry } from './join-retry.js';
import type { HeavyProfile } from './heavy-profile.js';
import { track, type Outcome, type RequestLimits } from './outcome.js';
import { V2Session, v2PasteText, v2Token } from './v2-session.js';

/** The nym-client identity of the v2 client: the same for every run. */
const V2_CLIENT_ID = 'v2-client';
/** Reply blocks with each request: what the Nym SDK sends by default. */
const V2_REPLY_SURBS = 10;
/** Tries per paste in the read-back after the load. */
const READ_BACK_TRIES = 2;

/** Where the v2 client's nym-client lives and whom it talks to. */
export interface V2LoadOptions {
  readonly crypto: CryptoProvider;
  /** Directory of nym-client identities (the stand-in's `--data-dir`). */
  readonly clientsDir: string;
  readonly network: { gateway: string; directoryUrl: string; directoryKey: string };
  readonly server: string;
  readonly profile: HeavyProfile['v2'];
  readonly limits: RequestLimits;
  readonly stopped: () => boolean;
  readonly record: (request: HeavyRequest) => void;
  readonly log: (line: string) => void;
}

/** The v2 pastes the server acknowledged, and the tokens the load sent. */
export interface V2Pastes {
  readonly ids: readonly string[];
  readonly tokens: ReadonlySet<string>;
}

/** Opens the v2 client's nym-client stand-in (same identity each time) and a session on it. */
async function openV2(options: V2LoadOptions) {
  const daemon = await joinWithRetry(() =>
    startDaemon({ id: V2_CLIENT_ID, dataDir: options.clientsDir, port: 0 }),
  );
  const api = await connectNymApi({ url: daemon.url }).catch(async (error: unknown) => {
    await daemon.close();
    throw error;
  });
  const session = new V2Session(api, options.server, V2_REPLY_SURBS);
  return {
    session,
    async close() {
      session.close();
      await api.close();
      await daemon.close();
    },
  };
}

/**
 * The v2 load: `runs` times, start the nym-client stand-in with the same identity, send
 * `requests` newText with `inFlight` at a time, then as many getText of what was stored, and
 * stop the nym-client (what was still on its way to it is lost with it, as when a user
 * restarts theirs). Stops starting requests once `stopped()`.
 */
export async function runV2Load(options: V2LoadOptions): Promise<V2Pastes> {
  const { profile, limits } = options;
  await initClient(options.crypto, options.clientsDir, V2_CLIENT_ID, options.network);
  const ids: string[] = [];
  const tokens = new Set<string>();
  for (let run = 0; run < profile.runs && !options.stopped(); run++) {
    options.log(`v2 client: run ${run + 1} of ${profile.runs}`);
    const client = await openV2(options);
    const { session } = client;
    try {
      await inWindow(profile.requests, profile.inFlight, async () => {
        if (options.stopped()) return;
        const token = encodeHex(options.crypto.randomBytes(12));
        tokens.add(token);
        const text = v2PasteText(token, profile.textBytes);
        await timed(options, 'newText', limits, (signal) =>
          session.newText(text, profile.replyTimeoutMs, signal),
        );
      });
      const stored = [...session.acknowledgedIds];
      ids.push(...stored);
      if (stored.length === 0) continue;
      await inWindow(profile.requests, profile.inFlight, async (index) => {
        if (options.stopped()) return;
        const urlId = stored[index % stored.length]!;
        await timed(
          options,
          'getText',
          limits,
          (signal) => session.getText(urlId, profile.replyTimeoutMs, signal),
          (text): Outcome =>
            text !== null && tokens.has(v2Token(text) ?? '')
              ? { kind: 'ok' }
              : {
                  kind: 'unclear',
                  what: text === null ? 'stored paste not found' : 'other content',
                },
        );
      });
    } finally {
      await client.close();
    }
  }
  return { ids, tokens };
}

async function timed<T>(
  options: V2LoadOptions,
  op: string,
  limits: RequestLimits,
  request: (signal: AbortSignal) => Promise<T>,
  check?: (value: T) => Outcome,
): Promise<void> {
  const started = Date.now();
  const { outcome } = await track(request, limits, check);
  options.record({ kind: 'v2', op, outcome, ms: Date.now() - started });
}

/**
 * Reads every acknowledged v2 paste back through the same identity's nym-client, `inFlight`
 * at a time: found (a text the load sent), lost (not found, or other content), unverified
 * (no answer after {@link READ_BACK_TRIES} tries, or not reached within `budgetMs`).
 */
export async function readBackV2(
  options: V2LoadOptions,
  pastes: V2Pastes,
  budgetMs: number,
): Promise<{ verdicts: HeavyAcknowledged[]; reads: number; unanswered: number }> {
  const verdicts: HeavyAcknowledged[] = [];
  let reads = 0;
  let unanswered = 0;
  const end = Date.now() + budgetMs;
  const client = await openV2(options);
  try {
    await inWindow(pastes.ids.length, options.profile.inFlight, async (index) => {
      for (let tries = 0; tries < READ_BACK_TRIES && Date.now() < end; tries++) {
        reads++;
        const text = await client.session
          .getText(pastes.ids[index]!, options.profile.replyTimeoutMs)
          .catch(() => undefined);
        if (text === undefined) {
          unanswered++;
          continue;
        }
        const found = text !== null && pastes.tokens.has(v2Token(text) ?? '');
        verdicts.push({ kind: 'v2', verdict: found ? 'found' : 'lost' });
        return;
      }
      verdicts.push({ kind: 'v2', verdict: 'unverified' });
    });
  } finally {
    await client.close();
  }
  return { verdicts, reads, unanswered };
}
