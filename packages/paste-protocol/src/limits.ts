/**
 * What a server accepts, enforced while decoding and announced in `pong` so that clients fail
 * early with a clear message instead of after a long upload through the mixnet.
 */
export interface Limits {
  /** Largest bundle (the encrypted paste) a `create` may carry, in bytes. */
  readonly maxBundleBytes: number;
  /** Largest JSON header of a v3 message, in bytes. */
  readonly maxHeaderBytes: number;
  /** Expiry choices in seconds, shortest first; 0 means "never" and is offered only if listed. */
  readonly expiryChoices: readonly number[];
  /** The largest view limit (`maxViews`); the smallest is always 1. */
  readonly maxViews: number;
  /** Largest v2 request (JSON, base64 or SDK-framed), in bytes. */
  readonly maxV2RequestBytes: number;
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** 5 minutes, 1 hour, 1 day, 1 week, 30 days, 365 days: what the surveyed pastebins offer. */
export const DEFAULT_EXPIRY_CHOICES: readonly number[] = [
  5 * MINUTE,
  HOUR,
  DAY,
  7 * DAY,
  30 * DAY,
  365 * DAY,
];

/**
 * The defaults: 10 MiB bundles (at ~2 KB per Sphinx packet that is already ~5,000 packets, about
 * two minutes of sending at the real network's rate), view limits up to 10,000 like v2.
 */
export const DEFAULT_LIMITS: Limits = {
  maxBundleBytes: 10 * 1024 * 1024,
  maxHeaderBytes: 16 * 1024,
  expiryChoices: DEFAULT_EXPIRY_CHOICES,
  maxViews: 10_000,
  maxV2RequestBytes: 8 * 1024 * 1024,
};
