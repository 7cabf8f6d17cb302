import type { PasteClient } from '@pastenym/paste-protocol';
import type { LatencySample } from './latency.js';
import { track, type Outcome, type ReplyLimits, type RequestLimits } from './outcome.js';

/** How each ping ended and how long it took. */
export interface PingResult {
  readonly outcome: Outcome;
  readonly ms: number;
}

async function pingOnce(client: PasteClient, limits: ReplyLimits): Promise<PingResult> {
  const started = Date.now();
  const { outcome } = await track(
    (signal) => client.ping({ signal, timeoutMs: limits.replyTimeoutMs }),
    limits,
  );
  return { outcome, ms: Date.now() - started };
}

/**
 * A light client's pings: one every `everyMs` whether or not the last was answered (a user
 * reloads the page), until `stopped()`. Resolves with each ping's latency, `null` when it got
 * no answer, once every ping has ended.
 */
export async function pingThroughout(
  client: PasteClient,
  everyMs: number,
  limits: ReplyLimits,
  stopped: () => boolean,
  onPing: (result: PingResult) => void = () => undefined,
): Promise<LatencySample[]> {
  const pings: Promise<LatencySample>[] = [];
  while (!stopped()) {
    pings.push(
      pingOnce(client, limits).then((result) => {
        onPing(result);
        return result.outcome.kind === 'ok' ? result.ms : null;
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  return Promise.all(pings);
}

/**
 * A new client's time to its first answer: pings every `everyMs` (each waiting for its own
 * answer up to the budget's end) and resolves with the time from the first ping to the first
 * answer, or `null` when none came within `budgetMs`.
 */
export function timeToFirstAnswer(
  client: PasteClient,
  everyMs: number,
  budgetMs: number,
  limits: RequestLimits,
): Promise<number | null> {
  const started = Date.now();
  return new Promise((resolve) => {
    let done = false;
    const finish = (ms: number | null) => {
      if (done) return;
      done = true;
      clearInterval(repeat);
      clearTimeout(budget);
      resolve(ms);
    };
    const ping = () => {
      const left = budgetMs - (Date.now() - started);
      if (left <= 0) return;
      void track((signal) => client.ping({ signal, timeoutMs: left }), limits).then(
        ({ outcome }) => outcome.kind === 'ok' && finish(Date.now() - started),
      );
    };
    const repeat = setInterval(ping, everyMs);
    const budget = setTimeout(() => finish(null), budgetMs);
    ping();
  });
}
