import type { CryptoProvider } from '@pastenym/crypto';
import type { Limits } from '@pastenym/paste-protocol';
import { DEFAULT_LIMITS } from '@pastenym/paste-protocol';
import { ServerError } from '../errors.js';
import type { Storage } from '../storage/index.js';
import { MAX_VIEW_LIMIT } from '../storage/index.js';
import { SERVER_VERSION } from '../version.js';
import { AdaptiveDifficulty, type AdaptiveDifficultyOptions } from './adaptive-difficulty.js';
import type { ServiceEventListener } from './events.js';
import { ReplayGuard, type ReplayGuardOptions } from './replay-guard.js';
import { TokenBucket, type TokenBucketOptions } from './token-bucket.js';

/** What a {@link PasteService} is built from. */
export interface PasteServiceOptions {
  /** Where pastes live; the service never closes it. */
  readonly storage: Storage;
  /** SHA-256 (proofs of work, owner tokens) and randomness (ids, tokens). */
  readonly crypto: Pick<CryptoProvider, 'sha256' | 'randomBytes'>;
  /** Announced in `pong` and enforced; default the protocol's `DEFAULT_LIMITS`. */
  readonly limits?: Partial<Limits>;
  /** Answer Pastenym v2 requests (default true); when false they are ignored. */
  readonly v2Compat?: boolean;
  /** Proof-of-work difficulty policy (see {@link AdaptiveDifficulty}). */
  readonly pow?: Partial<AdaptiveDifficultyOptions>;
  /** Budget of all v2 creates together (default 12 a minute, bursts of 20). */
  readonly v2Creates?: TokenBucketOptions;
  /** Memory of used create request ids (see {@link ReplayGuard}). */
  readonly replay?: Partial<ReplayGuardOptions>;
  /** Version announced in v3 `pong` (default the package's). */
  readonly version?: string;
  /** Called once per request with counts-only facts. */
  readonly onEvent?: ServiceEventListener;
}

/** The v2 create budget used when none is given: modest, since v2 creates cost nothing. */
export const DEFAULT_V2_CREATES: TokenBucketOptions = { perMinute: 12, burst: 20 };

/** Everything the request handlers share. */
export interface ServiceContext {
  readonly storage: Storage;
  readonly crypto: Pick<CryptoProvider, 'sha256' | 'randomBytes'>;
  readonly limits: Limits;
  readonly v2Compat: boolean;
  readonly difficulty: AdaptiveDifficulty;
  readonly v2Creates: TokenBucket;
  readonly replays: ReplayGuard;
  readonly version: string;
  readonly emit: ServiceEventListener;
}

/**
 * Fills in defaults and checks the limits.
 * @throws {ServerError} `server.invalid_argument`
 */
export function resolveServiceOptions(options: PasteServiceOptions): ServiceContext {
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const sizes = [limits.maxBundleBytes, limits.maxHeaderBytes, limits.maxV2RequestBytes];
  const choices = limits.expiryChoices;
  if (
    !sizes.every((n) => Number.isSafeInteger(n) && n > 0) ||
    !(Number.isSafeInteger(limits.maxViews) && limits.maxViews >= 1) ||
    limits.maxViews > MAX_VIEW_LIMIT ||
    choices.length === 0 ||
    !choices.every((s) => Number.isSafeInteger(s) && s >= 0 && s <= 0xffff_ffff)
  ) {
    throw new ServerError('server.invalid_argument', 'invalid service limits');
  }
  const listener = options.onEvent;
  return {
    storage: options.storage,
    crypto: options.crypto,
    limits,
    v2Compat: options.v2Compat ?? true,
    difficulty: new AdaptiveDifficulty(options.pow),
    v2Creates: new TokenBucket(options.v2Creates ?? DEFAULT_V2_CREATES),
    replays: new ReplayGuard(options.replay),
    version: options.version ?? SERVER_VERSION,
    emit: (event) => {
      try {
        listener?.(event);
      } catch {
        // A failing observer must not turn into a failed request.
      }
    },
  };
}
