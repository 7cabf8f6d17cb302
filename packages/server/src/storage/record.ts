import { equalBytes } from '@pastenym/crypto';
import { asBuffer } from './buffers.js';
import { StorageError, invalidArgument } from './errors.js';
import type { StorageLimits } from './limits.js';
import type { DeleteOutcome, JsonValue, NewPaste, ViewedPaste } from './types.js';
import {
  MAX_VIEW_LIMIT,
  checkOwnerTokenHash,
  isCalendarDay,
  isFormatTag,
  isPasteId,
  toSeconds,
} from './validation.js';

/** A paste as both stores write it: the columns of `pastes` plus the bundle. */
export interface PasteRow {
  readonly id: string;
  readonly size: number;
  readonly format: string;
  readonly metadata: string | null;
  readonly ownerTokenHash: Uint8Array | null;
  /** Whole seconds since the epoch. */
  readonly expiresAt: number | null;
  readonly maxViews: number | null;
  readonly views: number;
  readonly createdDay: string;
  readonly bundle: Uint8Array;
}

/** The values of a row's `pastes` columns, in the order both stores' INSERT names them. */
export function pasteColumnValues(row: PasteRow): unknown[] {
  const ownerTokenHash = row.ownerTokenHash === null ? null : asBuffer(row.ownerTokenHash);
  const { id, size, format, metadata, expiresAt, maxViews, views, createdDay } = row;
  return [id, size, format, metadata, ownerTokenHash, expiresAt, maxViews, views, createdDay];
}

/** What a view reads back from `pastes`, after counting the view. */
export type ViewedRow = Omit<PasteRow, 'id' | 'ownerTokenHash' | 'bundle'>;

/**
 * Checks a new paste against the contract and the limits and turns it into a row.
 * @throws StorageError `storage.invalid_argument` naming the first field that is wrong
 */
export function encodePaste(paste: NewPaste, limits: StorageLimits): PasteRow {
  if (!isPasteId(paste.id)) throw invalidArgument('id must be 8 to 64 base64url characters');
  if (!(paste.bundle instanceof Uint8Array)) throw invalidArgument('bundle must be bytes');
  if (paste.bundle.length > limits.maxBundleBytes) {
    throw invalidArgument(`bundle exceeds ${limits.maxBundleBytes} bytes`);
  }
  if (paste.ownerTokenHash !== null) checkOwnerTokenHash(paste.ownerTokenHash);
  const maxViews = paste.maxViews;
  if (maxViews !== null && (!Number.isSafeInteger(maxViews) || maxViews < 1)) {
    throw invalidArgument('maxViews must be a positive integer or null');
  }
  if (maxViews !== null && maxViews > MAX_VIEW_LIMIT) {
    throw invalidArgument(`maxViews must not exceed ${MAX_VIEW_LIMIT}`);
  }
  const views = paste.views ?? 0;
  if (!Number.isSafeInteger(views) || views < 0 || (maxViews !== null && views >= maxViews)) {
    throw invalidArgument('views must be a count below maxViews');
  }
  if (!isCalendarDay(paste.createdDay)) throw invalidArgument('createdDay must be YYYY-MM-DD');
  if (!isFormatTag(paste.format)) throw invalidArgument('format must be a short lower-case tag');
  return {
    id: paste.id,
    size: paste.bundle.length,
    format: paste.format,
    metadata: encodeMetadata(paste.metadata, limits.maxMetadataBytes),
    ownerTokenHash: paste.ownerTokenHash,
    expiresAt: paste.expiresAt === null ? null : toSeconds(paste.expiresAt, 'expiresAt'),
    maxViews,
    views,
    createdDay: paste.createdDay,
    bundle: paste.bundle,
  };
}

function encodeMetadata(metadata: JsonValue | null, maxBytes: number): string | null {
  if (metadata === null) return null;
  let json: unknown;
  try {
    json = JSON.stringify(metadata);
  } catch (error) {
    throw new StorageError('storage.invalid_argument', 'metadata is not JSON', { cause: error });
  }
  if (typeof json !== 'string') throw invalidArgument('metadata is not JSON');
  if (new TextEncoder().encode(json).length > maxBytes) {
    throw invalidArgument(`metadata exceeds ${maxBytes} bytes`);
  }
  return json;
}

/** The columns a view reads back from `pastes`; PostgreSQL returns BIGINTs as text. */
export interface ViewedColumns {
  readonly size: number;
  readonly format: string;
  readonly metadata: string | null;
  readonly expires_at: number | string | null;
  readonly max_views: number | null;
  readonly views: number | string;
  readonly created_day: string;
}

/**
 * `decodeViewed` for the columns as a store's driver returns them.
 * @throws StorageError `storage.corrupt` as `decodeViewed`
 */
export function decodeViewedColumns(row: ViewedColumns, bundle: Uint8Array): ViewedPaste {
  return decodeViewed(
    {
      size: row.size,
      format: row.format,
      metadata: row.metadata,
      expiresAt: row.expires_at === null ? null : Number(row.expires_at),
      maxViews: row.max_views,
      views: Number(row.views),
      createdDay: row.created_day,
    },
    bundle,
  );
}

/**
 * Turns the row a view read (counting that view) and its bundle into the caller's result.
 * @throws StorageError `storage.corrupt` when the row is not something `encodePaste` wrote
 */
export function decodeViewed(row: ViewedRow, bundle: Uint8Array): ViewedPaste {
  if (bundle.length !== row.size) throw corrupt('bundle size does not match its row');
  if (row.maxViews !== null && row.views > row.maxViews) throw corrupt('views exceed the limit');
  const remainingViews = row.maxViews === null ? null : row.maxViews - row.views;
  return {
    bundle,
    format: row.format,
    metadata: decodeMetadata(row.metadata),
    createdDay: row.createdDay,
    expiresAt: row.expiresAt === null ? null : row.expiresAt * 1000,
    maxViews: row.maxViews,
    views: row.views,
    remainingViews,
    burned: remainingViews === 0,
    size: row.size,
  };
}

function decodeMetadata(metadata: string | null): JsonValue | null {
  if (metadata === null) return null;
  try {
    return JSON.parse(metadata) as JsonValue;
  } catch (error) {
    throw new StorageError('storage.corrupt', 'stored metadata is not JSON', { cause: error });
  }
}

function corrupt(message: string): StorageError {
  return new StorageError('storage.corrupt', message);
}

/**
 * Whether a delete goes ahead, given the paste's stored owner hash (`undefined`: no such paste).
 * Compared here in constant time rather than in SQL, whose comparison stops early.
 */
export function deleteOutcome(
  stored: Uint8Array | null | undefined,
  ownerTokenHash: Uint8Array,
): DeleteOutcome {
  if (stored === undefined) return 'not_found';
  return stored !== null && equalBytes(stored, ownerTokenHash) ? 'deleted' : 'wrong_token';
}

/** Copies bytes a driver returned into a fresh array the caller owns alone. */
export function ownBytes(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(bytes);
}
