/** Schedules a callback; returns the function that cancels it. Injected so tests control time. */
export interface Timer {
  set(callback: () => void, ms: number): () => void;
}

/** The platform's `setTimeout`, which every JavaScript runtime this package targets has. */
export const systemTimer: Timer = {
  set(callback, ms) {
    const handle = globalThis.setTimeout(callback, ms);
    return () => globalThis.clearTimeout(handle);
  },
};
