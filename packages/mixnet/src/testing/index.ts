// Test helpers for code built on the mixnet client core. Not for production use.
export { ManualClock, settle } from './manual-clock.js';
export { MemoryMixnet, type MemoryStats } from './memory-mixnet.js';
