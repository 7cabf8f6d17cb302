// Round trips, not found, expiry on read, view limits, deletion and statistics.
import { expect, it } from 'vitest';
import fc from 'fast-check';
import type { JsonValue } from '../../src/storage/index.js';
import { DAY, T0, newPaste, randomBundle, randomId, sameBytes, tokenHash } from './fixtures.js';
import type { SuiteContext } from './harness.js';
import { rawCount } from './harness.js';

export function basicTests(ctx: SuiteContext): void {
  it('returns what was stored, byte for byte, with the first view counted', async () => {
    const storage = await ctx.open();
    const metadata = { iv: 'AAEC', ks: 256, adata: '', nested: [1, 'two', null, true] };
    const paste = newPaste({ bundle: randomBundle(1000), format: 'v2-encrypted', metadata });
    await storage.create(paste);
    expect(await storage.view(paste.id, T0)).toEqual({
      status: 'found',
      paste: {
        bundle: paste.bundle,
        format: 'v2-encrypted',
        metadata,
        createdDay: DAY,
        expiresAt: null,
        maxViews: null,
        views: 1,
        remainingViews: null,
        burned: false,
        size: 1000,
      },
    });
  });

  it('reads an unlimited paste without counting when asked, and limited ones exactly', async () => {
    const storage = await ctx.open();
    const unlimited = newPaste({ bundle: randomBundle(10) });
    const limited = newPaste({ bundle: randomBundle(10), maxViews: 2 });
    await storage.create(unlimited);
    await storage.create(limited);
    for (let i = 0; i < 3; i++) {
      const read = await storage.readUncounted(unlimited.id, T0);
      expect(read.status === 'found' && read.paste).toMatchObject({
        views: 0,
        remainingViews: null,
      });
    }
    expect(await storage.readUncounted(limited.id, T0)).toMatchObject({
      status: 'found',
      paste: { views: 1, remainingViews: 1 },
    });
    expect(await storage.readUncounted(limited.id, T0)).toMatchObject({
      status: 'found',
      paste: { burned: true },
    });
    expect(await storage.readUncounted(limited.id, T0)).toEqual({ status: 'not_found' });
    expect(await storage.readUncounted(unlimited.id, T0 + 10 * 365 * 86_400_000)).toMatchObject({
      status: 'found',
    });
    const expiring = newPaste({ bundle: randomBundle(10), expiresAt: T0 + 1000 });
    await storage.create(expiring);
    expect(await storage.readUncounted(expiring.id, T0 + 2000)).toEqual({ status: 'not_found' });
  });

  it('hands out plain bundles that each read owns alone', async () => {
    const storage = await ctx.open();
    const paste = newPaste({ bundle: randomBundle(1114) });
    await storage.create(paste);
    const reads = [
      await storage.readUncounted(paste.id, T0),
      await storage.readUncounted(paste.id, T0),
      await storage.view(paste.id, T0),
    ];
    const bundles = reads.map((read) => (read.status === 'found' ? read.paste.bundle : undefined));
    const buffers = new Set<ArrayBufferLike>();
    for (const bundle of bundles) {
      if (bundle === undefined) throw new Error('not found');
      expect(Object.getPrototypeOf(bundle)).toBe(Uint8Array.prototype);
      expect(sameBytes(bundle, paste.bundle)).toBe(true);
      expect(bundle.byteLength).toBe(bundle.buffer.byteLength);
      buffers.add(bundle.buffer);
      bundle.fill(0);
    }
    expect(buffers.size).toBe(3);
    const again = await storage.readUncounted(paste.id, T0);
    expect(again.status === 'found' && sameBytes(again.paste.bundle, paste.bundle)).toBe(true);
  });

  it('round-trips an empty bundle and one over a megabyte', async () => {
    const storage = await ctx.open();
    for (const size of [0, 1024 * 1024 + 7]) {
      const paste = newPaste({ bundle: randomBundle(size) });
      await storage.create(paste);
      const result = await storage.view(paste.id, T0);
      expect(result.status === 'found' && sameBytes(result.paste.bundle, paste.bundle)).toBe(true);
    }
  });

  it('round-trips any record (property)', async () => {
    const storage = await ctx.open();
    const json = fc.jsonValue({ maxDepth: 3 }).map((value) => value as JsonValue);
    const record = fc.record({
      bundle: fc.uint8Array({ maxLength: 2048 }),
      format: fc.stringMatching(/^[a-z0-9][a-z0-9.-]{0,31}$/),
      metadata: fc.option(json.filter((v) => JSON.stringify(v).length < 2000)),
      expiresAt: fc.option(fc.integer({ min: T0 / 1000 + 1, max: 4e9 }).map((s) => s * 1000)),
      maxViews: fc.option(fc.integer({ min: 2, max: 10_000 })),
      ownerTokenHash: fc.option(fc.uint8Array({ minLength: 32, maxLength: 32 })),
    });
    await fc.assert(
      fc.asyncProperty(record, async (fields) => {
        const paste = newPaste(fields);
        await storage.create(paste);
        const result = await storage.view(paste.id, T0);
        expect(result.status).toBe('found');
        if (result.status !== 'found') return;
        const { bundle, format, expiresAt, maxViews } = result.paste;
        expect({ bundle, format, expiresAt, maxViews }).toEqual({
          bundle: fields.bundle,
          format: fields.format,
          expiresAt: fields.expiresAt,
          maxViews: fields.maxViews,
        });
        // Through JSON, as stored: -0 becomes 0 and key order is kept.
        expect(JSON.stringify(result.paste.metadata)).toBe(JSON.stringify(fields.metadata));
      }),
      { numRuns: 30 },
    );
  });

  it('finds nothing for an unknown id or an id of the wrong shape', async () => {
    const storage = await ctx.open();
    await storage.create(newPaste());
    for (const id of [
      randomId(),
      '',
      'short',
      '../../etc/passwd',
      'a'.repeat(65),
      'é'.repeat(20),
    ]) {
      expect(await storage.view(id, T0)).toEqual({ status: 'not_found' });
    }
  });

  it('checks expiry on read and removes the expired paste', async () => {
    const storage = await ctx.open();
    const paste = newPaste({ expiresAt: T0 + 60_000 });
    await storage.create(paste);
    const before = await storage.view(paste.id, T0 + 59_999);
    expect(before.status === 'found' && before.paste.expiresAt).toBe(T0 + 60_000);
    expect(await storage.view(paste.id, T0 + 60_000)).toEqual({ status: 'not_found' });
    expect(await rawCount(ctx.harness(), 'pastes')).toBe(0);
    expect(await rawCount(ctx.harness(), 'bundles')).toBe(0);
  });

  it('stores expiry to the second, rounding down so a paste never outlives its promise', async () => {
    const storage = await ctx.open();
    const paste = newPaste({ expiresAt: T0 + 1999 });
    await storage.create(paste);
    const early = await storage.view(paste.id, T0 + 999);
    expect(early.status === 'found' && early.paste.expiresAt).toBe(T0 + 1000);
    expect(await storage.view(paste.id, T0 + 1000)).toEqual({ status: 'not_found' });
  });

  it('allows exactly max views; the last viewer still gets the content', async () => {
    const storage = await ctx.open();
    const paste = newPaste({ maxViews: 3 });
    await storage.create(paste);
    const seen = [];
    for (let i = 0; i < 4; i++) seen.push(await storage.view(paste.id, T0));
    expect(seen.map((r) => (r.status === 'found' ? r.paste.remainingViews : r.status))).toEqual([
      2,
      1,
      0,
      'not_found',
    ]);
    expect(seen.map((r) => r.status === 'found' && r.paste.burned)).toEqual([
      false,
      false,
      true,
      false,
    ]);
    expect(seen[2]?.status === 'found' && seen[2].paste.bundle).toEqual(paste.bundle);
    expect(await rawCount(ctx.harness(), 'pastes')).toBe(0);
    expect(await rawCount(ctx.harness(), 'bundles')).toBe(0);
  });

  it('burns after reading', async () => {
    const storage = await ctx.open();
    const paste = newPaste({ maxViews: 1 });
    await storage.create(paste);
    const first = await storage.view(paste.id, T0);
    expect(first.status === 'found' && first.paste).toMatchObject({ views: 1, burned: true });
    expect(await storage.view(paste.id, T0)).toEqual({ status: 'not_found' });
  });

  it('deletes only with the owner token hash', async () => {
    const storage = await ctx.open();
    const paste = newPaste({ ownerTokenHash: tokenHash('right') });
    const ownerless = newPaste({ ownerTokenHash: null });
    await storage.create(paste);
    await storage.create(ownerless);
    expect(await storage.delete(paste.id, tokenHash('wrong'))).toBe('wrong_token');
    expect(await storage.delete(ownerless.id, tokenHash('right'))).toBe('wrong_token');
    expect(await storage.delete(randomId(), tokenHash('right'))).toBe('not_found');
    expect(await storage.delete('not an id', tokenHash('right'))).toBe('not_found');
    expect((await storage.view(paste.id, T0)).status).toBe('found');
    expect(await storage.delete(paste.id, tokenHash('right'))).toBe('deleted');
    expect(await storage.view(paste.id, T0)).toEqual({ status: 'not_found' });
    expect(await storage.delete(paste.id, tokenHash('right'))).toBe('not_found');
    expect(await rawCount(ctx.harness(), 'bundles')).toBe(1);
  });

  it('counts pastes and bytes', async () => {
    const storage = await ctx.open();
    expect(await storage.stats()).toEqual({ pastes: 0, bytes: 0 });
    const pastes = [10, 0, 300].map((size) => newPaste({ bundle: randomBundle(size) }));
    for (const paste of pastes) await storage.create(paste);
    expect(await storage.stats()).toEqual({ pastes: 3, bytes: 310 });
    await storage.delete(pastes[2]!.id, tokenHash('owner token'));
    expect(await storage.stats()).toEqual({ pastes: 2, bytes: 10 });
  });
}
