/**
 * Round-trip time and the ack timeout, as TCP estimates them (Jacobson/Karels): a loaded
 * machine stretches round trips, and retransmitting into that only loads it more. One estimate
 * for the client: every packet crosses the same kind of route, whoever it is for.
 */
export class RttEstimator {
  private srtt: number | undefined;
  private rttvar = 0;

  /**
   * @param floorMs the shortest timeout (the profile's expected round trip with a margin)
   * @param capMs the longest: a paused machine yields round trips of any length, and a lost
   *   packet must still be sent again in useful time
   */
  constructor(
    private readonly floorMs: () => number,
    private readonly capMs = 60_000,
  ) {}

  observe(sampleMs: number): void {
    if (this.srtt === undefined) {
      this.srtt = sampleMs;
      this.rttvar = sampleMs / 2;
    } else {
      this.rttvar = 0.75 * this.rttvar + 0.25 * Math.abs(this.srtt - sampleMs);
      this.srtt = 0.875 * this.srtt + 0.125 * sampleMs;
    }
  }

  /** The ack timeout of a packet's `attempt`th send: doubling per retry, up to 8x, capped. */
  timeoutMs(attempt = 1): number {
    const floor = this.floorMs();
    const base = this.srtt === undefined ? floor : Math.max(floor, this.srtt + 4 * this.rttvar);
    return Math.min(base * Math.min(2 ** (attempt - 1), 8), Math.max(floor, this.capMs));
  }
}

/** Bounds of a {@link LaneWindow}. */
export interface WindowLimits {
  readonly initial: number;
  readonly min: number;
  readonly max: number;
}

export const DEFAULT_WINDOW: WindowLimits = { initial: 32, min: 4, max: 1024 };

/**
 * The packets one lane (a recipient) may have awaiting their acks: additive increase per ack,
 * halved once per loss episode, as TCP's congestion window. Per lane, because a recipient
 * that acknowledges nothing (gone, or unable to read what it gets) is not congestion: it must
 * shrink its own window, not everyone's.
 */
export class LaneWindow {
  private cwnd: number;
  private ssthresh = Infinity;
  private lastCutAt = -Infinity;

  constructor(private readonly limits: WindowLimits = DEFAULT_WINDOW) {
    this.cwnd = limits.initial;
  }

  /** Whole packets allowed in flight now. */
  get size(): number {
    return Math.floor(this.cwnd);
  }

  onAck(): void {
    this.cwnd += this.cwnd < this.ssthresh ? 1 : 1 / this.cwnd;
    this.cwnd = Math.min(this.cwnd, this.limits.max);
  }

  /** A packet sent at `sentAt` timed out at `now`: one cut per episode (packets sent before it). */
  onLoss(sentAt: number, now: number): void {
    if (sentAt <= this.lastCutAt) return;
    this.ssthresh = Math.max(this.limits.min, this.cwnd / 2);
    this.cwnd = this.ssthresh;
    this.lastCutAt = now;
  }
}

/** When a recipient counts as gone: nothing acknowledged for this long, over this many timeouts. */
export interface GiveUpRule {
  readonly silentMs: number;
  readonly timeouts: number;
}

/**
 * Long enough to ride out a gateway or server restart (the chaos suite's outages last up to
 * 20 s), short enough that a vanished reader's backlog is dropped within about a minute.
 */
export const DEFAULT_GIVE_UP: GiveUpRule = { silentMs: 60_000, timeouts: 3 };

/**
 * Whether a lane's recipient still answers: the time of its last ack (or of the first send
 * since it was last quiet) and the timeouts since.
 */
export class LaneHealth {
  private progressAt: number;
  private timeoutsSinceProgress = 0;

  constructor(
    now: number,
    private readonly rule: GiveUpRule = DEFAULT_GIVE_UP,
  ) {
    this.progressAt = now;
  }

  onAck(now: number): void {
    this.progressAt = now;
    this.timeoutsSinceProgress = 0;
  }

  /**
   * A packet leaves; `idle` when none was in flight. A lane that starts sending after a quiet
   * spell (say, after waiting for reply blocks) is timed from now, not from its last ack; one
   * that is retrying is not, or a recipient sent one packet at a time would never be given up.
   */
  onSend(now: number, idle: boolean): void {
    if (idle && this.timeoutsSinceProgress === 0) this.progressAt = now;
  }

  /** A packet timed out; true when the recipient should be given up. */
  onTimeout(now: number): boolean {
    this.timeoutsSinceProgress++;
    return (
      this.timeoutsSinceProgress >= this.rule.timeouts &&
      now - this.progressAt >= this.rule.silentMs
    );
  }
}
