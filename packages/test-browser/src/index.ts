export { chromiumAvailability, CHROMIUM_ARGS, type BrowserAvailability } from './availability.js';
export { describeWithChromium } from './describe-with-chromium.js';
export { runSuiteInWorker, type WorkerRunOptions } from './run-in-worker.js';
export type { TestOutcome } from './vitest-shim.js';
