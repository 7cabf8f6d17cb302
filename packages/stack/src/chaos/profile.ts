/** What a chaos event kills and restarts. */
export type ChaosTarget =
  /** A mix node (by name). */
  | 'mix'
  /** The gateway of half of the load's clients, not the server's. */
  | 'clients-gateway'
  /** The gateway of the server's nym-client (and of the other half of the clients). */
  | 'server-gateway'
  /** The paste server process: killed without grace, started again on the same store. */
  | 'paste-server';

/** One disturbance: kill at its start, restart after `downMs`, next event after `windowMs`. */
export interface ChaosEvent {
  readonly target: ChaosTarget;
  /** The mix node, for `mix` (`mix-2a`, ...). */
  readonly node?: string;
  readonly downMs: number;
  /** From the kill to the next event (or the calm tail): the down time and the recovery. */
  readonly windowMs: number;
}

/** A chaos run: how much load, which events, and the time limits of every request. */
export interface ChaosProfile {
  readonly name: string;
  /** Concurrent clients, each with its own mixnet client, spread over both gateways. */
  readonly clients: number;
  /** Pause of a client between two create-then-get rounds: a steady load, not a flood. */
  readonly pauseMs: number;
  /** Calm load before the first event. */
  readonly calmMs: number;
  readonly events: readonly ChaosEvent[];
  /** Calm load after the last event: has everything recovered? */
  readonly tailMs: number;
  /** How long a request waits for its reply once sent (the paste client's timeout). */
  readonly replyTimeoutMs: number;
  /** A request's whole budget (proof of work, sending, reply): then it is aborted. */
  readonly deadlineMs: number;
  /** A request that has neither answered nor failed by deadline + grace is hung. */
  readonly graceMs: number;
  /** Time to read every acknowledged paste back; pastes not reached are unverified. */
  readonly readBackBudgetMs: number;
}

/** About a minute of load for CI: every kind of event once. */
export const SHORT_PROFILE: ChaosProfile = {
  name: 'short',
  clients: 4,
  pauseMs: 200,
  calmMs: 6_000,
  events: [
    { target: 'mix', node: 'mix-2a', downMs: 4_000, windowMs: 10_000 },
    { target: 'clients-gateway', downMs: 4_000, windowMs: 12_000 },
    { target: 'server-gateway', downMs: 4_000, windowMs: 14_000 },
    { target: 'paste-server', downMs: 2_000, windowMs: 12_000 },
  ],
  tailMs: 6_000,
  replyTimeoutMs: 10_000,
  deadlineMs: 20_000,
  graceMs: 10_000,
  readBackBudgetMs: 60_000,
};

/** About five minutes: longer outages, each kind of event twice, more clients. */
export const LONG_PROFILE: ChaosProfile = {
  name: 'long',
  clients: 6,
  pauseMs: 100,
  calmMs: 20_000,
  events: [
    { target: 'mix', node: 'mix-2a', downMs: 10_000, windowMs: 30_000 },
    { target: 'clients-gateway', downMs: 10_000, windowMs: 30_000 },
    { target: 'server-gateway', downMs: 10_000, windowMs: 35_000 },
    { target: 'paste-server', downMs: 5_000, windowMs: 30_000 },
    { target: 'mix', node: 'mix-1b', downMs: 15_000, windowMs: 30_000 },
    { target: 'server-gateway', downMs: 20_000, windowMs: 40_000 },
    { target: 'paste-server', downMs: 1_000, windowMs: 25_000 },
    { target: 'clients-gateway', downMs: 20_000, windowMs: 40_000 },
  ],
  tailMs: 20_000,
  replyTimeoutMs: 20_000,
  deadlineMs: 40_000,
  graceMs: 15_000,
  readBackBudgetMs: 300_000,
};

/** A short name for the report's table. */
export function eventLabel(event: ChaosEvent): string {
  switch (event.target) {
    case 'mix':
      return `kill mix node ${event.node ?? '?'}`;
    case 'clients-gateway':
      return "kill clients' gateway";
    case 'server-gateway':
      return "kill server's gateway";
    case 'paste-server':
      return 'kill paste server';
  }
}
