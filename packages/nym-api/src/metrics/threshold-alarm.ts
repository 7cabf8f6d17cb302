import { NymApiError } from '../errors.js';

/** Options of {@link ThresholdAlarm}. */
export interface ThresholdAlarmOptions {
  /** The alarm goes off when the value reaches this (at least 1). */
  readonly raiseAt: number;
  /** ...and ends when the value is back at or below this (default: half of `raiseAt`, rounded down). */
  readonly clearAt?: number;
}

/** What changed with one observation. */
export type AlarmChange =
  | { readonly kind: 'raised'; readonly value: number }
  | {
      readonly kind: 'cleared';
      readonly value: number;
      /** The highest value seen while the alarm was on. */
      readonly peak: number;
      /** How long the alarm was on, in the clock's milliseconds. */
      readonly durationMs: number;
    };

/**
 * A threshold with hysteresis, for warnings that must not repeat: it goes off once when the
 * value reaches `raiseAt`, and can only go off again after the value fell back to `clearAt`
 * (which ends it, reported once too). A value hovering around the threshold thus gives one
 * warning, not one per observation. Pure: the caller passes the time with each value.
 * @throws {NymApiError} `nym_api.invalid_metric` unless `0 <= clearAt < raiseAt`
 * @example
 * const alarm = new ThresholdAlarm({ raiseAt: 100 });
 * alarm.observe(120, now); // { kind: 'raised', value: 120 }
 * alarm.observe(80, now);  // null: still on until 50
 */
export class ThresholdAlarm {
  readonly raiseAt: number;
  readonly clearAt: number;
  #since: number | undefined;
  #peak = 0;

  constructor(options: ThresholdAlarmOptions) {
    this.raiseAt = options.raiseAt;
    this.clearAt = options.clearAt ?? Math.floor(options.raiseAt / 2);
    if (
      !Number.isFinite(this.raiseAt) ||
      !Number.isFinite(this.clearAt) ||
      this.raiseAt < 1 ||
      this.clearAt < 0 ||
      this.clearAt >= this.raiseAt
    ) {
      throw new NymApiError('nym_api.invalid_metric', 'an alarm needs 0 <= clearAt < raiseAt');
    }
  }

  /** Whether the alarm is on. */
  get active(): boolean {
    return this.#since !== undefined;
  }

  /** Takes the current value; returns the change it caused, or `null`. */
  observe(value: number, now: number): AlarmChange | null {
    if (this.#since === undefined) {
      if (value < this.raiseAt) return null;
      this.#since = now;
      this.#peak = value;
      return { kind: 'raised', value };
    }
    this.#peak = Math.max(this.#peak, value);
    if (value > this.clearAt) return null;
    const change = {
      kind: 'cleared' as const,
      value,
      peak: this.#peak,
      durationMs: Math.max(0, now - this.#since),
    };
    this.#since = undefined;
    return change;
  }
}
