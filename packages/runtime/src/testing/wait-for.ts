/**
 * Waits until `check` holds, looking again every 10 ms: for state a test cannot subscribe to
 * (another process, a counter). Prefer an event when there is one.
 * @throws {Error} naming `what` after `timeoutMs` (a bound, not an assertion on speed)
 * @example await waitFor(() => daemon.counters.received > before, 'the message at the daemon');
 */
export async function waitFor(
  check: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
