import { invalidArgument } from './errors.js';

/** Size bounds a store enforces on every record, whatever the protocol layer allows. */
export interface StorageLimits {
  /** Largest bundle in bytes (default 10 MiB). */
  readonly maxBundleBytes: number;
  /** Largest metadata JSON in UTF-8 bytes (default 4 KiB). */
  readonly maxMetadataBytes: number;
  /**
   * Quota: bundle bytes of all pastes together that `create` may reach (default unlimited).
   * Imports are counted but never refused.
   */
  readonly maxStoredBytes: number;
}

/** The bounds used when a store is opened without its own. */
export const DEFAULT_STORAGE_LIMITS: StorageLimits = {
  maxBundleBytes: 10 * 1024 * 1024,
  maxMetadataBytes: 4 * 1024,
  maxStoredBytes: Number.MAX_SAFE_INTEGER,
};

// Bundle sizes live in 32-bit columns, and a single row far beyond this is a mistake anyway.
const HARD_MAX_BUNDLE_BYTES = 1024 * 1024 * 1024;

/**
 * Fills in defaults and checks the bounds.
 * @throws StorageError `storage.invalid_argument` for a bound that is not a positive integer
 *   or a bundle bound above 1 GiB
 * @example resolveLimits({ maxBundleBytes: 1024 }).maxMetadataBytes // 4096
 */
export function resolveLimits(limits: Partial<StorageLimits> = {}): StorageLimits {
  const resolved = { ...DEFAULT_STORAGE_LIMITS, ...limits };
  for (const [name, value] of Object.entries(resolved)) {
    if (!Number.isSafeInteger(value) || value < 1) {
      throw invalidArgument(`${name} must be a positive integer`);
    }
  }
  if (resolved.maxBundleBytes > HARD_MAX_BUNDLE_BYTES) {
    throw invalidArgument('maxBundleBytes must not exceed 1 GiB');
  }
  return resolved;
}
