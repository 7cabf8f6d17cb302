import { invalidArgument } from './errors.js';

/**
 * Shape of a paste id: 8 to 64 characters of the base64url alphabet. New ids are drawn at random
 * by the caller with at least 96 bits (16 random bytes in base64url give 22); 8 characters are
 * allowed only so that ids imported from the original backend (48 bits) keep working. Base58
 * and hex ids fit the same alphabet.
 */
export const PASTE_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;

/** Length of a key under which `importPaste` remembers an imported paste. */
export const IMPORT_KEY_LENGTH = 32;

/** Owner tokens are stored as a 32-byte hash (for instance SHA-256 of the token). */
export const OWNER_TOKEN_HASH_LENGTH = 32;

/** Largest view limit a paste may carry (the 32-bit column bound). */
export const MAX_VIEW_LIMIT = 2_147_483_647;

const FORMAT_PATTERN = /^[a-z0-9][a-z0-9.-]{0,31}$/;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MAX_TIME_MS = 8_640_000_000_000_000; // the last instant a JavaScript Date can hold

/** True when `id` has the shape of a paste id (see `PASTE_ID_PATTERN`). */
export function isPasteId(id: unknown): id is string {
  return typeof id === 'string' && PASTE_ID_PATTERN.test(id);
}

/** True when `format` is a valid format tag: lower-case letters, digits, `.` and `-`, ≤ 32. */
export function isFormatTag(format: unknown): format is string {
  return typeof format === 'string' && FORMAT_PATTERN.test(format);
}

/** True when `day` is a real calendar date written `YYYY-MM-DD`. */
export function isCalendarDay(day: unknown): day is string {
  if (typeof day !== 'string') return false;
  const match = DAY_PATTERN.exec(day);
  if (match === null) return false;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const parsed = new Date(0);
  parsed.setUTCFullYear(year, month - 1, date); // unlike Date.UTC, keeps years 0 to 99 as they are
  return (
    parsed.getUTCFullYear() === year &&
    parsed.getUTCMonth() === month - 1 &&
    parsed.getUTCDate() === date
  );
}

/**
 * The UTC day of an instant, `YYYY-MM-DD`: the only creation time a paste keeps.
 * @throws StorageError `storage.invalid_argument` for a time outside years 0000 to 9999
 * @example utcDay(Date.UTC(2024, 1, 29, 23, 59)) // '2024-02-29'
 */
export function utcDay(ms: number): string {
  const day = Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : '';
  if (!isCalendarDay(day)) throw invalidArgument('time is outside the years 0000 to 9999');
  return day;
}

/**
 * Checks an instant in milliseconds and returns it in whole seconds, rounded down: expiry is
 * stored to the second, and rounding down never keeps a paste past its promised end.
 * @throws StorageError `storage.invalid_argument`
 */
export function toSeconds(ms: number, what: string): number {
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms < 0 || ms > MAX_TIME_MS) {
    throw invalidArgument(`${what} must be milliseconds since the epoch`);
  }
  return Math.floor(ms / 1000);
}

/** @throws StorageError `storage.invalid_argument` unless `batchSize` is a positive integer */
export function checkBatchSize(batchSize: number): void {
  if (!Number.isSafeInteger(batchSize) || batchSize < 1) {
    throw invalidArgument('batch size must be a positive integer');
  }
}

/** @throws StorageError `storage.invalid_argument` unless the import key has 32 bytes */
export function checkImportKey(key: Uint8Array): void {
  if (!(key instanceof Uint8Array) || key.length !== IMPORT_KEY_LENGTH) {
    throw invalidArgument(`import key must be ${IMPORT_KEY_LENGTH} bytes`);
  }
}

/** @throws StorageError `storage.invalid_argument` unless the hash has the stored length */
export function checkOwnerTokenHash(hash: Uint8Array): void {
  if (!(hash instanceof Uint8Array) || hash.length !== OWNER_TOKEN_HASH_LENGTH) {
    throw invalidArgument(`owner token hash must be ${OWNER_TOKEN_HASH_LENGTH} bytes`);
  }
}
