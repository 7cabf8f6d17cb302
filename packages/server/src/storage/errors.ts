/** Stable codes of the errors the storage layer throws. */
export type StorageErrorCode =
  /** The caller broke the contract: a malformed record, hash, time or batch size. */
  | 'storage.invalid_argument'
  /** A paste with this id already exists; nothing was written. */
  | 'storage.conflict'
  /** The paste would take the stored bytes past `maxStoredBytes`; nothing was written. */
  | 'storage.full'
  /** The database cannot be reached or is busy, full or failing; retrying later may help. */
  | 'storage.unavailable'
  /** The database or a row is not what this code wrote (bad file, undecodable row). */
  | 'storage.corrupt'
  /** The database was migrated by a newer version of this code; refuse rather than guess. */
  | 'storage.incompatible'
  /** The store was used after `close()`. */
  | 'storage.closed'
  /** Anything else the database reported: a bug here, never an expected outcome. */
  | 'storage.internal';

/**
 * The one error type of the storage layer; `code` is stable, `message` is for operators and
 * never contains paste ids or contents.
 */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  constructor(
    readonly code: StorageErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Shorthand for the contract violations that validation reports. */
export function invalidArgument(message: string): StorageError {
  return new StorageError('storage.invalid_argument', message);
}

/** The quota refusal both stores throw; the message gives no sizes of anyone's paste. */
export function storageFull(): StorageError {
  return new StorageError('storage.full', 'create: the stored bytes would exceed the quota');
}

/** What every call on a closed store throws. */
export function storeClosed(during: string): StorageError {
  return new StorageError('storage.closed', `${during}: store is closed`);
}
