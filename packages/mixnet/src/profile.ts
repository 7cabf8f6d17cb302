/** Timing parameters of a mixnet, published in the topology so every party agrees. */
export interface MixnetProfile {
  readonly name: string;
  /** Mean of the exponential delay each mix node holds a packet, in ms (0: none). */
  readonly meanDelayMs: number;
  /** Mean gap of the client's Poisson sending stream, in ms (0: send at once, no cover). */
  readonly sendingIntervalMs: number;
  /** Mean gap between loop cover packets, in ms (0: none). */
  readonly loopCoverIntervalMs: number;
  /** Retransmit a packet whose ack is missing after 1.5 x expected round trip + this, in ms. */
  readonly ackTimeoutBaseMs: number;
}

/** The real Nym network's parameters: realistic delays and cover traffic. */
export const NYM_PROFILE: MixnetProfile = {
  name: 'nym',
  meanDelayMs: 15,
  sendingIntervalMs: 20,
  loopCoverIntervalMs: 200,
  ackTimeoutBaseMs: 1500,
};

/** For development and tests: no mixing delays, no cover traffic. */
export const FAST_PROFILE: MixnetProfile = {
  name: 'fast',
  meanDelayMs: 0,
  sendingIntervalMs: 0,
  loopCoverIntervalMs: 0,
  ackTimeoutBaseMs: 1500,
};

export const PROFILES: Readonly<Record<string, MixnetProfile>> = {
  fast: FAST_PROFILE,
  nym: NYM_PROFILE,
};

/** Mix layers on every route, as in Nym; the last hop is a gateway. */
export const MIX_LAYERS = 3;

/**
 * How long to wait for an ack before retransmitting: 1.5 x the expected round trip (three mix
 * delays there and three back) plus a base for links and processing.
 */
export function ackTimeoutMs(profile: MixnetProfile): number {
  return 1.5 * (2 * MIX_LAYERS * profile.meanDelayMs) + profile.ackTimeoutBaseMs;
}
