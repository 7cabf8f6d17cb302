/** A JSON value, as `JSON.parse` returns it. */
export type JsonValue =
  null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * What the caller hands to `Storage.create`. The store keeps exactly these fields plus a view
 * counter; nothing else about the paste or its author is stored.
 */
export interface NewPaste {
  /** Random id drawn by the caller (at least 96 bits): 16 to 64 base64url characters. */
  readonly id: string;
  /** The opaque bundle (ciphertext for every kind except `v2-public`). */
  readonly bundle: Uint8Array;
  /** Hash of the owner's deletion token (32 bytes), never the token; `null`: nobody may delete. */
  readonly ownerTokenHash: Uint8Array | null;
  /** Absolute expiry in milliseconds since the epoch (stored to the second), or `null`. */
  readonly expiresAt: number | null;
  /** Views allowed before the paste is deleted (1 = burn after reading), or `null`: unlimited. */
  readonly maxViews: number | null;
  /** Creation date in UTC as `YYYY-MM-DD`: no finer time is stored (see `utcDay`). */
  readonly createdDay: string;
  /** Small format tag such as `v3`, `v2-encrypted` or `v2-public`. */
  readonly format: string;
  /** Small protocol-specific JSON (for instance the v2 `encParams`), stored verbatim. */
  readonly metadata: JsonValue | null;
  /** Views already used (pastes imported with their count); default 0, below `maxViews`. */
  readonly views?: number;
}

/** Result of `Storage.importPaste`. */
export type ImportOutcome = 'imported' | 'already_imported';

/** A paste as one successful view returns it. */
export interface ViewedPaste {
  readonly bundle: Uint8Array;
  readonly format: string;
  readonly metadata: JsonValue | null;
  readonly createdDay: string;
  /** Milliseconds since the epoch, a whole second; `null` when the paste never expires. */
  readonly expiresAt: number | null;
  readonly maxViews: number | null;
  /** Views used, counting this one. */
  readonly views: number;
  /** Views left after this one; `null` when unlimited. */
  readonly remainingViews: number | null;
  /** True when this view used the last one and the paste is gone. */
  readonly burned: boolean;
  /** Bundle size in bytes. */
  readonly size: number;
}

/** Result of `Storage.view`: a missing, expired or used-up paste is simply not found. */
export type ViewResult =
  { readonly status: 'found'; readonly paste: ViewedPaste } | { readonly status: 'not_found' };

/**
 * Result of `Storage.delete`. `wrong_token` (including pastes created without an owner hash) is
 * kept apart from `not_found` for metrics; the wire layer may merge them.
 */
export type DeleteOutcome = 'deleted' | 'not_found' | 'wrong_token';

/** Counts only: how many pastes are stored and how many bundle bytes they hold. */
export interface StorageStats {
  readonly pastes: number;
  readonly bytes: number;
}

/**
 * Where pastes live. Every method is asynchronous so that stores backed by a server fit; every
 * failure is a `StorageError`, every expected outcome a return value.
 */
export interface Storage {
  /**
   * Stores a new paste and resolves once it is committed durably. The quota check and the
   * insert are one transaction, so concurrent creates never overshoot `maxStoredBytes`.
   * @throws StorageError `storage.invalid_argument`, `storage.conflict` (id taken),
   *   `storage.full` (quota reached), `storage.unavailable`, `storage.closed`
   */
  create(paste: NewPaste): Promise<void>;
  /**
   * Atomically uses one view: returns the paste unless it is missing, expired at `now`
   * (milliseconds since the epoch; an expired paste is removed) or used up. The view that uses
   * the last allowed one still gets the content and deletes the paste in the same transaction;
   * under concurrency exactly the allowed number of views succeed. An id of the wrong shape is
   * not found.
   * @throws StorageError `storage.invalid_argument` (bad `now`), `storage.corrupt`,
   *   `storage.unavailable`, `storage.closed`
   */
  view(id: string, now: number): Promise<ViewResult>;
  /**
   * Like {@link view}, but a paste without a view limit is read without counting the view: no
   * write at all. Limited pastes are viewed exactly as by `view`. For protocols that do not
   * report view counts, where the count would only be a record of reading activity.
   */
  readUncounted(id: string, now: number): Promise<ViewResult>;
  /**
   * Deletes a paste if `ownerTokenHash` matches the stored hash (compared in constant time).
   * @throws StorageError `storage.invalid_argument` (hash not 32 bytes), `storage.unavailable`,
   *   `storage.closed`
   */
  delete(id: string, ownerTokenHash: Uint8Array): Promise<DeleteOutcome>;
  /**
   * Removes up to `batchSize` pastes expired at `now` and returns how many went; call again
   * until it returns less than `batchSize`.
   * @throws StorageError `storage.invalid_argument`, `storage.unavailable`, `storage.closed`
   */
  sweepExpired(now: number, batchSize: number): Promise<number>;
  /**
   * Stores a paste brought from another system once: `importKey` (32 bytes, for instance a hash
   * of the source and the old id) is remembered for good in the same transaction, so importing
   * the same source again never brings back a paste that was burned, expired or deleted since.
   * @throws StorageError as {@link create}, and `storage.invalid_argument` for a bad key
   */
  importPaste(paste: NewPaste, importKey: Uint8Array): Promise<ImportOutcome>;
  /** Counts pastes and bundle bytes. @throws StorageError `storage.unavailable`, `storage.closed` */
  stats(): Promise<StorageStats>;
  /**
   * Makes what was deleted so far unreadable in the database files: SQLite truncates its
   * write-ahead log (deleted pages are zeroed already, `secure_delete`); PostgreSQL rewrites
   * the tables if this store deleted anything since its last scrub (`VACUUM FULL`, which
   * drops dead rows that plain VACUUM leaves in place). Resolves to false when the database
   * was too busy to finish; the next call tries again.
   * @throws StorageError `storage.unavailable`, `storage.closed`
   */
  scrub(): Promise<boolean>;
  /** Releases the database; later calls throw `storage.closed`. Safe to call twice. */
  close(): Promise<void>;
}
