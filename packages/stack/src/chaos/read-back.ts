import type { PasteClient } from '@pastenym/paste-protocol';
import type { AcknowledgedPaste } from './load.js';
import { track, type ReplyLimits } from './outcome.js';
import type { AcknowledgedRecord, ReadBackStats, ReadBackVerdict } from './report.js';

/** Tries per paste: a read that gets no answer is tried again (by any reader) up to this. */
const TRIES = 3;
/** A reader whose reads went unanswered this many times in a row stops (unless it is the last). */
const RETIRE_AFTER = 3;
/** Codes that mean the paste is gone, whatever is tried again. */
const GONE = /^(paste\.not_found$|format\.|legacy\.)/;

/** How the read-back runs. */
export interface ReadBackOptions {
  readonly limits: ReplyLimits;
  /** After this long, pastes not yet read are left unverified: the run must end. */
  readonly budgetMs: number;
  readonly now?: () => number;
  /** Told when reader `index` stops for want of answers. */
  readonly onRetire?: (index: number) => void;
}

/**
 * Reads every acknowledged paste back through `clients` (fresh ones, joined after the chaos),
 * one read at a time per client, and says what it found: `found` (the content sent), `lost`
 * (not found, or opening to something else or not at all), or `unverified` (no answer after
 * {@link TRIES} tries, or not reached within the budget). A read without an answer goes back
 * to the queue, so another reader may try it; a reader that gets no answer
 * {@link RETIRE_AFTER} times in a row stops. Reads of pastes without a view limit write
 * nothing on the server, so this changes nothing.
 */
export async function readBack(
  pastes: readonly AcknowledgedPaste[],
  clients: readonly PasteClient[],
  options: ReadBackOptions,
): Promise<{ verdicts: AcknowledgedRecord[]; stats: ReadBackStats }> {
  const now = options.now ?? Date.now;
  const end = now() + options.budgetMs;
  const verdicts = pastes.map(({ phase }): AcknowledgedRecord => ({
    phase,
    verdict: 'unverified',
  }));
  const stats = { reads: 0, unanswered: 0, retiredReaders: 0 };
  const queue = pastes.map((_, index) => ({ index, tries: 0 }));
  let inFlight = 0;
  let active = clients.length;
  // One read at a time per client, as the load did: a client with many replies in flight
  // draws the server into asking it for reply blocks over and over (see the README).
  const reader = async (client: PasteClient, id: number) => {
    let silentInARow = 0;
    while (now() < end) {
      const job = queue.shift();
      if (!job) {
        if (inFlight === 0) return;
        await new Promise((resolve) => setTimeout(resolve, 50)); // a retry may come back
        continue;
      }
      inFlight++;
      const paste = pastes[job.index]!;
      const verdict = await readOnce(client, paste, options);
      inFlight--;
      stats.reads++;
      if (verdict !== 'silent') {
        silentInARow = 0;
        verdicts[job.index] = { phase: paste.phase, verdict };
        continue;
      }
      stats.unanswered++;
      if (++job.tries < TRIES) queue.push(job);
      if (++silentInARow >= RETIRE_AFTER && active > 1) {
        active--;
        stats.retiredReaders++;
        options.onRetire?.(id);
        return;
      }
    }
  };
  await Promise.all(clients.map(reader));
  return { verdicts, stats };
}

async function readOnce(
  client: PasteClient,
  paste: AcknowledgedPaste,
  { limits }: ReadBackOptions,
): Promise<ReadBackVerdict | 'silent'> {
  const { outcome, value } = await track(
    (signal) =>
      client.getPaste(paste.pasteId, {
        key: paste.key,
        signal,
        timeoutMs: limits.replyTimeoutMs,
      }),
    limits,
  );
  if (outcome.kind === 'ok') return value?.content.text === paste.text ? 'found' : 'lost';
  // Not found, or a paste that no longer opens with its key: gone either way.
  if (outcome.kind === 'error' && GONE.test(outcome.code)) return 'lost';
  return 'silent';
}
