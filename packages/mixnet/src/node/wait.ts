import { nodeError } from './node-errors.js';

/**
 * Polls `check` every `intervalMs` until it returns true.
 * @throws {MixnetError} `mixnet.node_failed` naming `what` after `timeoutMs`.
 * @example await waitUntil(() => directory.signedTopology().topology.mixes.length === 6, 'mixes', 5000);
 */
export async function waitUntil(
  check: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs: number,
  intervalMs = 25,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) {
      throw nodeError('mixnet.node_failed', `timed out waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
