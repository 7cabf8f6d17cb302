/**
 * @pastenym/runtime: what pure packages need from the platform, injected: one {@link Clock}
 * (the platform's is `systemClock`), jittered exponential backoff and the reconnect loop built
 * on it, and the declarative command-line options of every command. Test doubles
 * (`ManualClock`) are in `@pastenym/runtime/testing`.
 */
export { backgroundClock, every, systemClock, yieldThroughChannel, type Clock } from './clock.js';
export { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from './backoff.js';
export { Reconnector, type ReconnectorOptions, type PlannedRetry } from './reconnector.js';
export * from './options/declare.js';
export * from './options/parse.js';
export * from './options/help.js';
