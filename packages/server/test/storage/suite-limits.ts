// The sweeper, the contract checks on every argument, size limits, conflicts and closing.
import { expect, it } from 'vitest';
import type { NewPaste } from '../../src/storage/index.js';
import { DEFAULT_STORAGE_LIMITS } from '../../src/storage/index.js';
import {
  T0,
  expectStorageError,
  newPaste,
  randomBundle,
  randomId,
  sameBytes,
  tokenHash,
} from './fixtures.js';
import type { SuiteContext } from './harness.js';
import { rawCount } from './harness.js';

const invalidFields: [string, Partial<NewPaste>][] = [
  ['an id of 7 characters', { id: 'a'.repeat(7) }],
  ['an id of 65 characters', { id: 'a'.repeat(65) }],
  ['an id outside base64url', { id: 'abcdefghijklmnop+/' }],
  ['an id with a space', { id: 'abcdefgh ijklmnop' }],
  ['a 31-byte owner hash', { ownerTokenHash: new Uint8Array(31) }],
  ['zero max views', { maxViews: 0 }],
  ['fractional max views', { maxViews: 1.5 }],
  ['max views beyond 32 bits', { maxViews: 2 ** 31 }],
  ['a negative expiry', { expiresAt: -1 }],
  ['a NaN expiry', { expiresAt: Number.NaN }],
  ['a timestamp as creation day', { createdDay: '2024-02-29T12:00:00Z' }],
  ['an impossible creation day', { createdDay: '2023-02-29' }],
  ['an empty format', { format: '' }],
  ['an upper-case format', { format: 'V3' }],
  ['a long format', { format: 'v'.repeat(33) }],
  ['metadata over 4 KiB', { metadata: 'x'.repeat(4096) }],
];

export function limitTests(ctx: SuiteContext): void {
  it('sweeps expired pastes in batches, and only those', async () => {
    const storage = await ctx.open();
    const expired = [1, 2, 3, 4, 5].map((s) => newPaste({ expiresAt: T0 - s * 1000 }));
    const live = [
      newPaste({ expiresAt: T0 + 1000 }),
      newPaste({ expiresAt: null }),
      newPaste({ maxViews: 2 }),
    ];
    for (const paste of [...expired, ...live]) await storage.create(paste);
    const batches: number[] = [];
    let removed: number;
    do {
      removed = await storage.sweepExpired(T0, 2);
      batches.push(removed);
    } while (removed === 2);
    expect(batches).toEqual([2, 2, 1]);
    for (const paste of expired)
      expect((await storage.view(paste.id, T0 - 10_000)).status).toBe('not_found');
    for (const paste of live) expect((await storage.view(paste.id, T0)).status).toBe('found');
    expect(await rawCount(ctx.harness(), 'bundles')).toBe(3);
    expect(await storage.sweepExpired(T0 + 1000, 100)).toBe(1);
  });

  it.each(invalidFields)('rejects %s', async (_, fields) => {
    const storage = await ctx.open();
    await expectStorageError(storage.create(newPaste(fields)), 'storage.invalid_argument');
    expect(await storage.stats()).toEqual({ pastes: 0, bytes: 0 });
  });

  it('rejects bad times, batch sizes and owner hashes', async () => {
    const storage = await ctx.open();
    const id = randomId();
    await expectStorageError(storage.view(id, Number.NaN), 'storage.invalid_argument');
    await expectStorageError(storage.view(id, -5), 'storage.invalid_argument');
    await expectStorageError(storage.sweepExpired(T0, 0), 'storage.invalid_argument');
    await expectStorageError(storage.sweepExpired(T0, 1.5), 'storage.invalid_argument');
    await expectStorageError(storage.delete(id, new Uint8Array(16)), 'storage.invalid_argument');
  });

  it('takes a bundle of exactly the limit and refuses one byte more', async () => {
    const storage = await ctx.open();
    const limit = DEFAULT_STORAGE_LIMITS.maxBundleBytes;
    const largest = newPaste({ bundle: randomBundle(limit) });
    await storage.create(largest);
    const tooLarge = newPaste({ bundle: new Uint8Array(limit + 1) });
    await expectStorageError(storage.create(tooLarge), 'storage.invalid_argument');
    const read = await storage.view(largest.id, T0);
    expect(read.status === 'found' && read.paste.size).toBe(limit);
    expect(read.status === 'found' && sameBytes(read.paste.bundle, largest.bundle)).toBe(true);
    const metadata = 'x'.repeat(DEFAULT_STORAGE_LIMITS.maxMetadataBytes - 2); // plus two quotes
    await storage.create(newPaste({ metadata }));
  });

  it('refuses a second paste with the same id and keeps the first', async () => {
    const storage = await ctx.open();
    const first = newPaste();
    await storage.create(first);
    const again = { ...newPaste(), id: first.id };
    await expectStorageError(storage.create(again), 'storage.conflict');
    const read = await storage.view(first.id, T0);
    expect(read.status === 'found' && read.paste.bundle).toEqual(first.bundle);
    expect(await rawCount(ctx.harness(), 'bundles')).toBe(1);
  });

  it('refuses every call after close, and closes twice quietly', async () => {
    const storage = await ctx.harness().open();
    await storage.close();
    await storage.close();
    await expectStorageError(storage.create(newPaste()), 'storage.closed');
    await expectStorageError(storage.view(randomId(), T0), 'storage.closed');
    await expectStorageError(storage.delete(randomId(), tokenHash('x')), 'storage.closed');
    await expectStorageError(storage.sweepExpired(T0, 1), 'storage.closed');
    await expectStorageError(storage.stats(), 'storage.closed');
  });
}
