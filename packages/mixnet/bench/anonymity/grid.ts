// The settings the anonymity benchmark measures, and how each one runs on a small machine.
// Every packet is real Sphinx work, and 200 users sending Nym's cover traffic put 11,000
// packets a second into the network: far more than two cores process. So a setting that would
// overload the machine runs slowed down: every timing parameter of the profile multiplied by
// a factor, the users' message rate divided by it, and the adversary's clock divided by it
// again. The factors are chosen so that the whole grid takes a set real time. What the adversary sees is then the same network in slow motion; only the machine's
// own processing time shrinks with the factor (the figures are if anything the adversary's
// best case, since that jitter would blur timings a little more).
import { NYM_PROFILE, type MixnetProfile } from '../../src/profile.js';

/** One point of the grid. */
export interface Setting {
  /** Mean delay per mix hop (ms). */
  readonly meanDelayMs: number;
  /** Nym's cover traffic (a Poisson sending stream and loop cover), or none. */
  readonly cover: boolean;
  readonly users: number;
}

/** How a grid is measured. */
export interface GridOptions {
  readonly delaysMs: readonly number[];
  readonly users: readonly number[];
  readonly cover: readonly boolean[];
  /**
   * Messages the paste server receives per second, from all users together (each user sends
   * its share at Poisson times): the server's load stays the same as the users vary.
   */
  readonly messagesPerSecond: number;
  /** Messages wanted per setting: the window lasts long enough for them. */
  readonly messagesWanted: number;
  /** Shortest measuring window (s of the network's time). */
  readonly minWindowS: number;
  /** Everything runs this long before the window, users sending too (s of network time)... */
  readonly warmUpS: number;
  /** ...and at least this long in real time, so that the code is compiled (s). */
  readonly minRealWarmUpS: number;
  /** Real time the whole grid may take (s); settings are slowed down to fit. */
  readonly realSeconds: number;
  /**
   * Every setting runs at least this much slower than real time, so that the machine's own
   * processing (milliseconds per hop on a busy shared machine) weighs little beside the
   * delays measured.
   */
  readonly minSlowdown: number;
  /**
   * Messages per second of real time the paste server may receive: it answers each one from
   * the process that also runs every node, the busiest thread of the run.
   */
  readonly maxServerMessagesPerSecond: number;
  /** Real time a setting takes to start and stop, whatever its length (s). */
  readonly setUpSeconds: number;
}

export const DEFAULT_GRID: GridOptions = {
  delaysMs: [0, 5, 15, 50],
  users: [10, 50, 200],
  cover: [false, true],
  messagesPerSecond: 100,
  messagesWanted: 70,
  minWindowS: 0.25,
  warmUpS: 0.3,
  minRealWarmUpS: 2,
  realSeconds: 13 * 60,
  minSlowdown: 4,
  maxServerMessagesPerSecond: 15,
  setUpSeconds: 6,
};

/** A setting as it runs. */
export interface CellPlan extends Setting {
  /** The profile the mixnet runs: Nym's, with this delay and cover, slowed down. */
  readonly profile: MixnetProfile;
  /** Real time per unit of the network's time (1: real time). */
  readonly slowdown: number;
  readonly warmUpMs: number;
  readonly windowMs: number;
  /** After the window, the longest wait for the last messages (network time). */
  readonly tailMs: number;
  readonly messagesPerUserPerSecond: number;
}

/** Every setting of the grid: delays vary fastest, then cover, then users. */
export function gridSettings(options: GridOptions): Setting[] {
  return options.users.flatMap((users) =>
    options.cover.flatMap((cover) =>
      options.delaysMs.map((meanDelayMs) => ({ meanDelayMs, cover, users })),
    ),
  );
}

/**
 * Packets per second all clients (users and the paste server) put into the network, in the
 * network's time: with cover, every client's sending-stream slots and loop cover; without,
 * each message, the server's reply and the user's ack of that reply.
 */
export function clientPacketsPerSecond(setting: Setting, options: GridOptions): number {
  if (!setting.cover) return 3 * options.messagesPerSecond;
  const perClient = 1000 / NYM_PROFILE.sendingIntervalMs + 1000 / NYM_PROFILE.loopCoverIntervalMs;
  return (setting.users + 1) * perClient;
}

/** Warm-up, window and tail of a setting, in the network's time (ms). */
function phases(setting: Setting, options: GridOptions) {
  const windowS = Math.max(options.minWindowS, options.messagesWanted / options.messagesPerSecond);
  // A wait for a sending slot and three mix delays rarely take three times their mean; plus
  // a margin for the machine. Messages later than that are not counted.
  const slot = setting.cover ? NYM_PROFILE.sendingIntervalMs : 0;
  return {
    warmUpMs: options.warmUpS * 1000,
    windowMs: windowS * 1000,
    tailMs: 3 * (3 * setting.meanDelayMs + slot) + 150,
  };
}

/**
 * Plans every setting so that the grid takes about `options.realSeconds`: the packets spread
 * evenly over the time left after the minimum slowdown, each setting slowed down as much as
 * its packet rate needs.
 */
export function planGrid(options: GridOptions): CellPlan[] {
  const settings = gridSettings(options);
  const seconds = Math.max(1, options.realSeconds - settings.length * options.setUpSeconds);
  const plan = (packetsPerSecond: number) =>
    settings.map((setting) => planCell(setting, options, packetsPerSecond));
  // The real time only falls as the packet rate allowed rises: bisect on the rate.
  let low = 1;
  let high = 1e6;
  for (let i = 0; i < 60; i++) {
    const middle = Math.sqrt(low * high);
    if (plannedSeconds(plan(middle)) > seconds) low = middle;
    else high = middle;
  }
  return plan(high);
}

/** Real time the settings' warm-up, window and tail take (s), start and stop aside. */
export function plannedSeconds(plans: readonly CellPlan[]): number {
  return plans.reduce(
    (sum, plan) => sum + ((plan.warmUpMs + plan.windowMs + plan.tailMs) * plan.slowdown) / 1000,
    0,
  );
}

/**
 * How a setting runs at `packetsPerSecond` in real time: slowed down by as much as needed,
 * with Nym's timing parameters (and the delay asked for) multiplied accordingly.
 * @example planCell({ meanDelayMs: 15, cover: true, users: 200 }, DEFAULT_GRID, 100).slowdown // 110.55
 */
export function planCell(
  setting: Setting,
  options: GridOptions,
  packetsPerSecond: number,
): CellPlan {
  const slowdown = Math.max(
    options.minSlowdown,
    options.messagesPerSecond / options.maxServerMessagesPerSecond,
    clientPacketsPerSecond(setting, options) / packetsPerSecond,
  );
  const scaled = (ms: number) => ms * slowdown;
  const { warmUpMs, ...rest } = phases(setting, options);
  return {
    ...setting,
    ...rest,
    warmUpMs: Math.max(warmUpMs, (options.minRealWarmUpS * 1000) / slowdown),
    slowdown,
    messagesPerUserPerSecond: options.messagesPerSecond / setting.users,
    profile: {
      name: `nym-${setting.meanDelayMs}ms-${setting.cover ? 'cover' : 'no-cover'}`,
      meanDelayMs: scaled(setting.meanDelayMs),
      sendingIntervalMs: setting.cover ? scaled(NYM_PROFILE.sendingIntervalMs) : 0,
      loopCoverIntervalMs: setting.cover ? scaled(NYM_PROFILE.loopCoverIntervalMs) : 0,
      ackTimeoutBaseMs: scaled(NYM_PROFILE.ackTimeoutBaseMs),
    },
  };
}
