// Records and helpers shared by the storage tests.
import { createHash, randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type { NewPaste, StorageErrorCode } from '../../src/storage/index.js';
import { StorageError } from '../../src/storage/index.js';

/** A creation day and an instant on it, a whole second so that stored expiry is exact. */
export const DAY = '2024-02-29';
export const T0 = Date.UTC(2024, 1, 29, 12, 0, 0);

/** A 128-bit random id, 22 base64url characters, as a server would draw it. */
export function randomId(): string {
  return randomBytes(16).toString('base64url');
}

/** Fresh random bytes as a plain Uint8Array. */
export function randomBundle(length: number): Uint8Array {
  return new Uint8Array(randomBytes(length));
}

/** Byte equality for large arrays, where a deep `toEqual` is slow. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.compare(a, b) === 0;
}

/** The 32-byte hash a server would keep for an owner token. */
export function tokenHash(token: string): Uint8Array {
  return new Uint8Array(createHash('sha256').update(token).digest());
}

/** A valid new paste; `overrides` replace single fields. */
export function newPaste(overrides: Partial<NewPaste> = {}): NewPaste {
  return {
    id: randomId(),
    bundle: randomBundle(64),
    ownerTokenHash: tokenHash('owner token'),
    expiresAt: null,
    maxViews: null,
    createdDay: DAY,
    format: 'v3',
    metadata: null,
    ...overrides,
  };
}

/** Asserts that `promise` rejects with a `StorageError` of the given code. */
export async function expectStorageError(
  promise: Promise<unknown>,
  code: StorageErrorCode,
): Promise<StorageError> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(StorageError);
  expect((error as StorageError).code).toBe(code);
  return error as StorageError;
}
