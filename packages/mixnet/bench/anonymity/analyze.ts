// From one recorded run to its figures: the sender entropy of every message that reached the
// paste server (all mixes honest, and with some corrupt), the adversary's best guesses, and
// the timing attack at the edges, each scored against the ground truth.
import { percentile } from '../percentile.js';
import { entropyBits, mostLikely, senderDistributions } from './sender-entropy.js';
import { histogramDensity, timingAttack, type Entry } from './timing-attack.js';
import { isClient, origins, type NetworkRoles, type TraceEvent } from './trace.js';

/** A recorded run, as the analysis needs it. */
export interface RecordedRun {
  /** Sorted by time. */
  readonly trace: readonly TraceEvent[];
  readonly roles: NetworkRoles;
  /** The paste server's client identity. */
  readonly server: string;
  /** Which deliveries to the server are messages (not acks of its replies). */
  readonly isMessage: (event: TraceEvent) => boolean;
  /** Messages sent in this window are scored (ms, the trace's clock); earlier ones warm up. */
  readonly window: { readonly from: number; readonly to: number };
  /** Mixes that reveal their input-output mapping in the corrupt case. */
  readonly corrupt: ReadonlySet<string>;
}

/** What the adversary achieves against one set of mixes. */
export interface AdversaryFigures {
  readonly entropy: { readonly mean: number; readonly p5: number; readonly p50: number };
  /** Share of messages whose most likely sender is the true one. */
  readonly bestGuess: number;
}

export interface AnonymityFigures {
  readonly messages: number;
  /** log2 of the users (clients but the server) that sent anything: the candidates. */
  readonly maxBits: number;
  /** A random guess among those users. */
  readonly randomGuess: number;
  readonly honest: AdversaryFigures;
  readonly corrupt: AdversaryFigures;
  /** Share of messages the edge timing attack links to their true sender. */
  readonly timingAttack: number;
  /** Every message's sender entropy with honest mixes (bits), for its distribution. */
  readonly entropies: readonly number[];
}

/**
 * Scores the adversary on every message to the server that a user sent. The adversary knows
 * that the server does not send these to itself (its own loop cover looks the same), so its
 * candidates are the users. The timing attack learns the network's delay distribution from
 * those same messages, as an adversary with packets of its own would.
 * @throws {RangeError} when no message reached the server
 */
export function analyzeRun(run: RecordedRun): AnonymityFigures {
  const { trace, roles, server } = run;
  const truth = origins(trace, roles);
  const isTarget = (event: TraceEvent, index: number) =>
    event.to === server &&
    run.isMessage(event) &&
    truth[index] !== undefined &&
    truth[index].client !== server &&
    truth[index].at >= run.window.from;

  const score = (corrupt: ReadonlySet<string>) => {
    const { senders, targets } = senderDistributions(trace, { roles, corrupt, isTarget });
    const self = senders.indexOf(server);
    if (self >= 0) for (const target of targets) target.distribution[self] = 0;
    const entropies = targets.map((target) => entropyBits(target.distribution));
    const right = targets.filter(
      (target) => senders[mostLikely(target.distribution)] === truth[target.index]!.client,
    ).length;
    const figures: AdversaryFigures = {
      entropy: {
        mean: entropies.reduce((a, b) => a + b, 0) / entropies.length,
        p5: percentile(entropies, 5),
        p50: percentile(entropies, 50),
      },
      bestGuess: right / targets.length,
    };
    return { figures, entropies, targets };
  };
  const honest = score(new Set());
  if (honest.targets.length === 0) throw new RangeError('no message reached the server');
  const corrupt = score(run.corrupt);

  const entries: Entry[] = trace
    .filter((event) => isClient(roles, event.from) && event.from !== server)
    .map((event) => ({ at: event.at, client: event.from }));
  const exits = honest.targets.map((target) => trace[target.index]!.at);
  const delays = honest.targets.map((target) => trace[target.index]!.at - truth[target.index]!.at);
  const binMs = Math.max(0.05, percentile(delays, 50) / 20);
  const guesses = timingAttack(
    entries,
    exits,
    histogramDensity(delays, binMs),
    Math.max(...delays) + binMs,
  );
  const linked = guesses.filter(
    (guess, i) => guess === truth[honest.targets[i]!.index]!.client,
  ).length;

  const active = new Set(entries.map((entry) => entry.client)).size;
  return {
    messages: honest.targets.length,
    maxBits: Math.log2(active),
    randomGuess: 1 / active,
    honest: honest.figures,
    corrupt: corrupt.figures,
    timingAttack: linked / guesses.length,
    entropies: honest.entropies,
  };
}
