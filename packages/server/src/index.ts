/**
 * @pastenym/server: the paste service. `PasteService` answers Pastenym v3 and v2 requests as a
 * pure function of bytes over a `Storage` (SQLite or PostgreSQL), with expiry, exact view limits,
 * proof of work priced by size and lifetime, a storage quota and v2 create budgets; `RequestPump` feeds it from a mixnet client. The Node
 * edge (configuration, logger, server) is in `./node/index.js`.
 */
export { ServerError, type ServerErrorCode } from './errors.js';
export { SERVER_VERSION } from './version.js';
export { PasteService, type HandleContext } from './service/paste-service.js';
export {
  DEFAULT_V2_POLICY,
  type PasteServiceOptions,
  type ServiceContext,
  type V2Mode,
  type V2Policy,
} from './service/options.js';
export { V2Budget, DEFAULT_V2_BUDGET, type V2BudgetOptions } from './service/v2-budget.js';
export type { ServiceEvent, ServiceEventListener } from './service/events.js';
export {
  AdaptiveDifficulty,
  DEFAULT_ADAPTIVE_DIFFICULTY,
  type AdaptiveDifficultyOptions,
} from './service/adaptive-difficulty.js';
export { TokenBucket, type TokenBucketOptions } from './service/token-bucket.js';
export {
  ReplayGuard,
  DEFAULT_REPLAY_GUARD,
  type ReplayGuardOptions,
} from './service/replay-guard.js';
export { expiryGranularity, roundedExpiry, replyTtl } from './service/expiry.js';
export {
  newPasteId,
  newV2PasteId,
  newOwnerToken,
  ownerTokenHash,
  PASTE_ID_BYTES,
  V2_PASTE_ID_BYTES,
  V2_PASTE_ID_LENGTH,
  V3_PASTE_ID_LENGTH,
  IMPORTED_V2_ID_LENGTH,
  OWNER_TOKEN_BYTES,
} from './service/ids.js';
export { V2_SERVER_ERRORS, V2_NEEDS_V3_REPLY } from './service/v2-errors.js';
export { Sweeper, type SweeperOptions } from './service/sweeper.js';
export {
  RequestPump,
  type RequestPumpOptions,
  type RequestPumpStats,
} from './transport/request-pump.js';
export * from './storage/index.js';
