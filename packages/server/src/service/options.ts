import type { CryptoProvider } from '@pastenym/crypto';
import type { Limits, PowPrice } from '@pastenym/paste-protocol';
import { DEFAULT_LIMITS, DEFAULT_POW_PRICE, v2RequestCeiling } from '@pastenym/paste-protocol';
import { ServerError } from '../errors.js';
import type { Storage } from '../storage/index.js';
import { MAX_VIEW_LIMIT } from '../storage/index.js';
import { SERVER_VERSION } from '../version.js';
import { AdaptiveDifficulty, type AdaptiveDifficultyOptions } from './adaptive-difficulty.js';
import type { ServiceEventListener } from './events.js';
import { ReplayGuard, type ReplayGuardOptions } from './replay-guard.js';
import { V2Budget, type V2BudgetOptions } from './v2-budget.js';

/** How the server answers Pastenym v2: fully, reads only (no `newText`), or not at all. */
export type V2Mode = 'on' | 'read-only' | 'off';

/** What v2 creates, which carry no proof of work, may ask for. */
export interface V2Policy {
  /** Default `on`. */
  readonly mode: V2Mode;
  /** Longest lifetime of a v2 paste (default one week); longer and "never" get this. */
  readonly maxExpirySeconds: number;
  /** Create budgets (see {@link V2Budget}). */
  readonly budget?: Partial<V2BudgetOptions>;
}

/** The v2 policy used when none is given. */
export const DEFAULT_V2_POLICY: V2Policy = { mode: 'on', maxExpirySeconds: 7 * 86_400 };

/** What a {@link PasteService} is built from. */
export interface PasteServiceOptions {
  /** Where pastes live; the service never closes it. */
  readonly storage: Storage;
  /** SHA-256 (proofs of work, owner tokens) and randomness (ids, tokens). */
  readonly crypto: Pick<CryptoProvider, 'sha256' | 'randomBytes'>;
  /**
   * Announced in `pong` and enforced; default the protocol's `DEFAULT_LIMITS`, with the v2
   * request ceiling following `maxV2ContentBytes` unless given.
   */
  readonly limits?: Partial<Limits>;
  /** Pastenym v2: on, read-only or off (ignored), its lifetime cap and create budgets. */
  readonly v2?: Partial<V2Policy>;
  /** Proof-of-work difficulty policy (see {@link AdaptiveDifficulty}) and price per create. */
  readonly pow?: Partial<AdaptiveDifficultyOptions> & { readonly price?: PowPrice };
  /** Memory of used create request ids (see {@link ReplayGuard}). */
  readonly replay?: Partial<ReplayGuardOptions>;
  /** Version announced in v3 `pong` (default the package's). */
  readonly version?: string;
  /** Called once per request with counts-only facts. */
  readonly onEvent?: ServiceEventListener;
}

/** Everything the request handlers share. */
export interface ServiceContext {
  readonly storage: Storage;
  readonly crypto: Pick<CryptoProvider, 'sha256' | 'randomBytes'>;
  readonly limits: Limits;
  readonly v2: V2Policy;
  readonly difficulty: AdaptiveDifficulty;
  readonly price: PowPrice;
  readonly v2Budget: V2Budget;
  readonly replays: ReplayGuard;
  readonly version: string;
  readonly emit: ServiceEventListener;
}

/**
 * Fills in defaults and checks the limits.
 * @throws {ServerError} `server.invalid_argument`
 */
export function resolveServiceOptions(options: PasteServiceOptions): ServiceContext {
  const v2Content = options.limits?.maxV2ContentBytes ?? DEFAULT_LIMITS.maxV2ContentBytes;
  const limits: Limits = {
    ...DEFAULT_LIMITS,
    maxV2RequestBytes: v2RequestCeiling(v2Content),
    ...options.limits,
  };
  const sizes = [
    limits.maxBundleBytes,
    limits.maxHeaderBytes,
    limits.maxV2ContentBytes,
    limits.maxV2RequestBytes,
  ];
  const choices = limits.expiryChoices;
  const v2 = { ...DEFAULT_V2_POLICY, ...options.v2 };
  const { price = DEFAULT_POW_PRICE, ...adaptive } = options.pow ?? {};
  if (
    !sizes.every((n) => Number.isSafeInteger(n) && n > 0) ||
    !(Number.isSafeInteger(limits.maxViews) && limits.maxViews >= 1) ||
    limits.maxViews > MAX_VIEW_LIMIT ||
    choices.length === 0 ||
    !choices.every((s) => Number.isSafeInteger(s) && s >= 0 && s <= 0xffff_ffff) ||
    !(Number.isSafeInteger(v2.maxExpirySeconds) && v2.maxExpirySeconds >= 1) ||
    ![price.freeBytes, price.freeSeconds, price.neverSeconds].every(
      (n) => Number.isSafeInteger(n) && n >= 1,
    )
  ) {
    throw new ServerError('server.invalid_argument', 'invalid service limits');
  }
  const listener = options.onEvent;
  return {
    storage: options.storage,
    crypto: options.crypto,
    limits,
    v2,
    difficulty: new AdaptiveDifficulty(adaptive),
    price,
    v2Budget: new V2Budget(v2.budget),
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
