import { StorageError } from '../storage/index.js';
import { newPasteId } from './ids.js';
import type { ServiceContext } from './options.js';

// Expired pastes swept at most when a create finds the store full: enough to free room for it.
const SWEEP_WHEN_FULL = 500;

/**
 * Runs `create` with a fresh random id, once more with another on `storage.conflict` (two equal
 * 128-bit ids are as good as impossible; a second conflict means something else is wrong). On
 * `storage.full` it first sweeps expired pastes, which the periodic sweeper may not have
 * reached yet, and tries again if that freed anything: expired pastes never hold room.
 * @throws StorageError from the store, `storage.full` when the quota is still reached
 */
export async function storeWithFreshId(
  ctx: ServiceContext,
  now: number,
  create: (id: string) => Promise<void>,
  newId: (rng: (length: number) => Uint8Array) => string = newPasteId,
): Promise<string> {
  let conflicts = 0;
  let swept = false;
  for (;;) {
    const id = newId((n) => ctx.crypto.randomBytes(n));
    try {
      await create(id);
      return id;
    } catch (error) {
      if (isStorageError(error, 'storage.conflict') && conflicts++ === 0) continue;
      if (isStorageError(error, 'storage.full') && !swept) {
        swept = true;
        if ((await ctx.storage.sweepExpired(now, SWEEP_WHEN_FULL)) > 0) continue;
      }
      throw error;
    }
  }
}

/** True when `error` is a `StorageError` with this code. */
export function isStorageError(error: unknown, code: StorageError['code']): boolean {
  return error instanceof StorageError && error.code === code;
}
