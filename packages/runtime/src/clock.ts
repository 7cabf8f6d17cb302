/**
 * Time and one-shot timers, injected so that pure code runs in Node, browsers and tests alike
 * (tests use `ManualClock` from `@pastenym/runtime/testing`). The platform's globals fit it.
 */
export interface Clock {
  /** Milliseconds since the epoch (or any fixed origin: only differences matter). */
  now(): number;
  /** Runs `callback` once after `ms`; returns a handle for {@link Clock.clearTimeout}. */
  setTimeout(callback: () => void, ms: number): unknown;
  /** Cancels a timer; unknown or fired handles are ignored. */
  clearTimeout(handle: unknown): void;
  /**
   * Runs `callback` once pending I/O had its turn, without a timer's minimum wait (default:
   * a 0 ms timeout). Long CPU work yields with it.
   */
  yieldToIo?(callback: () => void): void;
}

/**
 * Runs `callback` as a task of its own, through a message to itself: what browsers and workers
 * have instead of `setImmediate` (nested timers there wait at least 4 ms).
 */
export function yieldThroughChannel(callback: () => void): void {
  const channel = new MessageChannel();
  channel.port1.addEventListener('message', () => {
    channel.port1.close();
    callback();
  });
  channel.port1.start();
  channel.port2.postMessage(null);
}

const platformYield: (callback: () => void) => void =
  typeof globalThis.setImmediate === 'function'
    ? (callback) => globalThis.setImmediate(callback)
    : yieldThroughChannel;

/** The platform's clock (`Date.now` and the global timers, present in Node and browsers). */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) =>
    globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
  yieldToIo: platformYield,
};

/**
 * The platform's clock for background chores: in Node its timers do not keep the process alive
 * (browsers have no such notion).
 */
export const backgroundClock: Clock = {
  ...systemClock,
  setTimeout: (callback, ms) => {
    const handle = globalThis.setTimeout(callback, ms);
    (handle as { unref?: () => void }).unref?.();
    return handle;
  },
};

/**
 * Runs `callback` every `ms` on `clock` until the returned function is called.
 * @example const stop = every(systemClock, 5000, check);
 */
export function every(clock: Clock, ms: number, callback: () => void): () => void {
  let handle = clock.setTimeout(function tick() {
    handle = clock.setTimeout(tick, ms);
    callback();
  }, ms);
  return () => clock.clearTimeout(handle);
}
