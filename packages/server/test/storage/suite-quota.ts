// The storage quota (`maxStoredBytes`) and what deleting leaves in the database files.
import { expect, it } from 'vitest';
import type { Storage } from '../../src/storage/index.js';
import { T0, expectStorageError, newPaste, randomBundle, tokenHash } from './fixtures.js';
import type { SuiteContext } from './harness.js';

const KIB = 1024;

async function fill(storage: Storage, count: number, size: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const paste = newPaste({ bundle: randomBundle(size), maxViews: 1, expiresAt: T0 + 60_000 });
    await storage.create(paste);
    ids.push(paste.id);
  }
  return ids;
}

export function quotaTests(ctx: SuiteContext): void {
  it('refuses a create past the quota with storage.full and touches nothing stored', async () => {
    const storage = await ctx.open({ maxStoredBytes: 10 * KIB });
    await fill(storage, 2, 4 * KIB);
    const before = await storage.stats();
    await expectStorageError(
      storage.create(newPaste({ bundle: randomBundle(3 * KIB) })),
      'storage.full',
    );
    expect(await storage.stats()).toEqual(before);
    await storage.create(newPaste({ bundle: randomBundle(2 * KIB) })); // exactly up to the quota
    expect((await storage.stats()).bytes).toBe(10 * KIB);
    await expectStorageError(storage.create(newPaste({ bundle: randomBundle(1) })), 'storage.full');
  });

  it('frees the room of burned, deleted, swept and expired pastes', async () => {
    const storage = await ctx.open({ maxStoredBytes: 8 * KIB });
    const [burned, expiring] = await fill(storage, 2, 4 * KIB);
    const next = () => storage.create(newPaste({ bundle: randomBundle(4 * KIB) }));
    await expectStorageError(next(), 'storage.full');
    expect((await storage.view(burned!, T0)).status).toBe('found'); // burns it
    const owned = newPaste({ bundle: randomBundle(4 * KIB), ownerTokenHash: tokenHash('t') });
    await storage.create(owned);
    await expectStorageError(next(), 'storage.full');
    expect(await storage.delete(owned.id, tokenHash('t'))).toBe('deleted');
    await next();
    await expectStorageError(next(), 'storage.full');
    expect((await storage.view(expiring!, T0 + 60_000)).status).toBe('not_found'); // expired
    const swept = newPaste({ bundle: randomBundle(4 * KIB), expiresAt: T0 });
    await storage.create(swept);
    await expectStorageError(next(), 'storage.full');
    expect(await storage.sweepExpired(T0, 10)).toBe(1);
    await next();
  });

  it('never overshoots the quota under concurrent creates from several stores', async () => {
    const stores = await Promise.all([1, 2, 3].map(() => ctx.open({ maxStoredBytes: 20 * KIB })));
    const outcomes = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) =>
        stores[i % 3]!.create(newPaste({ bundle: randomBundle(KIB) })),
      ),
    );
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(20);
    expect((await stores[0]!.stats()).bytes).toBe(20 * KIB);
  });

  it('counts the pastes stored before the quota existed, and imports', async () => {
    const unlimited = await ctx.open();
    await fill(unlimited, 3, 2 * KIB);
    await unlimited.importPaste(newPaste({ bundle: randomBundle(2 * KIB) }), randomBundle(32));
    const limited = await ctx.open({ maxStoredBytes: 9 * KIB });
    await expectStorageError(
      limited.create(newPaste({ bundle: randomBundle(2 * KIB) })),
      'storage.full',
    );
    await limited.create(newPaste({ bundle: randomBundle(KIB) }));
  });

  it('leaves neither the bytes nor the id of a deleted paste in the database files once scrubbed', async () => {
    const storage = await ctx.open();
    const marker = (name: string) =>
      Buffer.from(`${name}-${Math.random().toString(36).slice(2)}|`.repeat(64));
    const gone = {
      burned: newPaste({ bundle: new Uint8Array(marker('burned')), maxViews: 1 }),
      limited: newPaste({ bundle: new Uint8Array(marker('limited')), maxViews: 2 }),
      deleted: newPaste({
        bundle: new Uint8Array(marker('deleted')),
        ownerTokenHash: tokenHash('t'),
      }),
      swept: newPaste({ bundle: new Uint8Array(marker('swept')), expiresAt: T0 }),
      expired: newPaste({ bundle: new Uint8Array(marker('expired')), expiresAt: T0 + 1000 }),
    };
    const kept = newPaste({ bundle: new Uint8Array(marker('kept')) });
    for (const paste of [...Object.values(gone), kept]) await storage.create(paste);
    const needles = (paste: typeof kept) => [
      Buffer.from(paste.bundle.subarray(0, 24)),
      Buffer.from(paste.id),
    ];
    const before = Buffer.concat(await ctx.harness().files());
    if (before.length === 0) {
      if (process.env['PASTENYM_REQUIRE_POSTGRES'] === '1')
        throw new Error('database files unreadable');
      console.warn('database files are not readable here: scrub not checked');
      return;
    }
    for (const needle of needles(gone.burned))
      expect(before.includes(needle), 'control').toBe(true);
    await storage.view(gone.burned.id, T0);
    await storage.view(gone.limited.id, T0);
    await storage.view(gone.limited.id, T0);
    expect(await storage.delete(gone.deleted.id, tokenHash('t'))).toBe('deleted');
    expect(await storage.sweepExpired(T0 + 1, 10)).toBe(1);
    expect((await storage.view(gone.expired.id, T0 + 1000)).status).toBe('not_found');
    expect(await storage.scrub()).toBe(true);
    const after = Buffer.concat(await ctx.harness().files());
    for (const [name, paste] of Object.entries(gone)) {
      for (const needle of needles(paste)) expect(after.includes(needle), name).toBe(false);
    }
    for (const needle of needles(kept)) expect(after.includes(needle), 'kept').toBe(true);
  });
}
