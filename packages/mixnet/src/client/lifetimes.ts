/**
 * How long each side keeps what a reply block needs. One rule, known to both sides, so that a
 * reply nobody can read is never sent (as Nym's clients do with their reply-block and key ages):
 * - a replier uses a block at most {@link SURB_LIFETIME_MS} after the message carrying it
 *   arrived, and spends its newest blocks first;
 * - a message (and so the blocks it carries) arrives within {@link MESSAGE_DEADLINE_MS} of being
 *   queued, or fails;
 * - so the sender keeps a block's keys for {@link REPLY_KEY_LIFETIME_MS} after making it: the
 *   two spans back to back, and a margin for the reply's own trip.
 */
export const SURB_LIFETIME_MS = 10 * 60_000;

/** A message not acknowledged in full within this long after it was queued fails. */
export const MESSAGE_DEADLINE_MS = 10 * 60_000;

/** Sending a reply through a block takes at most this long (its own retries use new blocks). */
const REPLY_TRIP_MARGIN_MS = 2 * 60_000;

export const REPLY_KEY_LIFETIME_MS = MESSAGE_DEADLINE_MS + SURB_LIFETIME_MS + REPLY_TRIP_MARGIN_MS;
