import { sleep } from './events.js';

/** Tries to join the mixnet, and the pause between two. */
const JOIN_ATTEMPTS = 10;
const JOIN_RETRY_MS = 2_000;

/**
 * Joins the mixnet (`join` starts a client) and tries again on failure, as an app would:
 * under heavy load a gateway may miss heartbeats and drop out of the directory's list for a
 * moment (`mixnet.no_route`).
 * @throws the last failure after {@link JOIN_ATTEMPTS} tries
 */
export async function joinWithRetry<T>(join: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await join();
    } catch (error) {
      if (attempt >= JOIN_ATTEMPTS) throw error;
      await sleep(JOIN_RETRY_MS);
    }
  }
}
