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
  /**
   * Largest content of a v2 `newText`, decoded: the ciphertext under the `text` field's base64
   * (encrypted pastes), or the text's UTF-8 bytes (public ones). What `pong` announces for v2.
   */
  readonly maxV2ContentBytes: number;
  /**
   * Largest v2 request as received (JSON, base64 of it, or SDK-framed), in bytes: a bound on
   * what is read at all, normally `v2RequestCeiling(maxV2ContentBytes)`.
   */
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

// Room in a v2 request for everything but the text: the other fields, SDK framing headers.
const V2_ENVELOPE_BYTES = 64 * 1024;

/**
 * The largest v2 request that can carry `maxContentBytes` of content: the content as base64
 * in the `text` field, the rest of the JSON, and the whole request base64-encoded once more
 * (the Go CLI sends it so). Counting the limit on the received bytes instead would stop
 * content at 9/16 of what it says.
 * @example v2RequestCeiling(8 * 1024 * 1024) // 15,000,235
 */
export function v2RequestCeiling(maxContentBytes: number): number {
  return (
    Math.ceil((v2TextCeiling(maxContentBytes) + V2_ENVELOPE_BYTES) / 3) * 4 + V2_ENVELOPE_BYTES
  );
}

/**
 * The largest `text` field (what a server stores) of a v2 paste of `maxContentBytes`: the
 * base64 of its ciphertext.
 * @example v2TextCeiling(3) // 4
 */
export function v2TextCeiling(maxContentBytes: number): number {
  return Math.ceil(maxContentBytes / 3) * 4;
}

/**
 * The defaults: 10 MiB bundles (at ~2 KB per Sphinx packet that is already ~5,000 packets, about
 * two minutes of sending at the real network's rate), view limits up to 10,000 like v2.
 */
export const DEFAULT_LIMITS: Limits = {
  maxBundleBytes: 10 * 1024 * 1024,
  maxHeaderBytes: 16 * 1024,
  expiryChoices: DEFAULT_EXPIRY_CHOICES,
  maxViews: 10_000,
  maxV2ContentBytes: 8 * 1024 * 1024,
  maxV2RequestBytes: v2RequestCeiling(8 * 1024 * 1024),
};
