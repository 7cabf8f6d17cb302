// Test doubles and helpers for code that takes a Clock. Not for production use.
export { ManualClock, settle } from './manual-clock.js';
export { waitFor } from './wait-for.js';
