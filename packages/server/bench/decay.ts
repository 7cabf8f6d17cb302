// How the adaptive difficulty behaves for each half-life, replayed on a virtual clock against
// the real AdaptiveDifficulty: one client hashing as fast as this machine measured, creating
// for five minutes and then stopping; and the burst seen on a public instance (87 creates in
// 48 s). Solve times are the expected 2^difficulty / rate, so runs are repeatable.
import { AdaptiveDifficulty } from '../src/index.js';

const BASE = 16;
const MAX = 24;
const TARGET = 60;

/** One half-life's outcome. */
export interface DecayRow {
  readonly halfLifeSeconds: number;
  /** Creates at once that raise the difficulty by one bit: what an honest crowd may send. */
  readonly burstTolerated: number;
  /** Difficulty held by a one-core client creating non-stop (the last minute of five). */
  readonly heldByOneCore: number;
  /** The same with four cores. */
  readonly heldByFourCores: number;
  /** Seconds above the base once that four-core client stops. */
  readonly recoverySeconds: number;
  /** Seconds above the base after the 87-creates-in-48-s burst. */
  readonly burstRecoverySeconds: number;
}

function difficultyWith(halfLifeMs: number): AdaptiveDifficulty {
  return new AdaptiveDifficulty({ base: BASE, max: MAX, targetPerMinute: TARGET, halfLifeMs });
}

function attack(halfLifeMs: number, hashesPerSecond: number): { held: number; recovery: number } {
  const pow = difficultyWith(halfLifeMs);
  let now = 0;
  const stop = 300_000;
  let held = 0;
  while (now < stop) {
    const difficulty = pow.current(now);
    now += (2 ** difficulty / hashesPerSecond) * 1000;
    pow.record(now);
    if (now > stop - 60_000) held = Math.max(held, pow.current(now));
  }
  return { held, recovery: secondsAboveBase(pow, now) };
}

function secondsAboveBase(pow: AdaptiveDifficulty, from: number): number {
  let t = from;
  while (pow.current(t) > BASE) t += 1000;
  return Math.round((t - from) / 1000);
}

/** Replays the scenarios for each half-life, with the measured attempts per second of one core. */
export function simulateDecay(
  halfLivesSeconds: readonly number[],
  hashesPerSecond: number,
): DecayRow[] {
  return halfLivesSeconds.map((halfLifeSeconds) => {
    const halfLifeMs = halfLifeSeconds * 1000;
    const one = attack(halfLifeMs, hashesPerSecond);
    const four = attack(halfLifeMs, 4 * hashesPerSecond);
    const burst = difficultyWith(halfLifeMs);
    for (let i = 0; i < 87; i++) burst.record(Math.round((i * 48_000) / 87));
    let tolerated = 0;
    const crowd = difficultyWith(halfLifeMs);
    while (crowd.current(0) === BASE) {
      crowd.record(0);
      tolerated++;
    }
    return {
      halfLifeSeconds,
      burstTolerated: tolerated - 1,
      heldByOneCore: one.held,
      heldByFourCores: four.held,
      recoverySeconds: four.recovery,
      burstRecoverySeconds: secondsAboveBase(burst, 48_000),
    };
  });
}
