// Durability across reopening, migrations, and what the raw tables hold.
import { expect, it } from 'vitest';
import { T0, expectStorageError, newPaste } from './fixtures.js';
import type { SuiteContext } from './harness.js';

const PASTE_COLUMNS = [
  'created_day',
  'expires_at',
  'format',
  'id',
  'max_views',
  'metadata',
  'owner_token_hash',
  'size',
  'views',
];

export function schemaTests(ctx: SuiteContext): void {
  it('keeps pastes across close and reopen', async () => {
    const first = await ctx.harness().open();
    const paste = newPaste({ maxViews: 2 });
    await first.create(paste);
    await first.close();
    const second = await ctx.open();
    const read = await second.view(paste.id, T0);
    expect(read.status === 'found' && read.paste).toMatchObject({ views: 1, bundle: paste.bundle });
  });

  it('applies each migration once, however often and however concurrently it opens', async () => {
    const [a, b, c] = await Promise.all([ctx.open(), ctx.open(), ctx.open()]);
    await a.create(newPaste());
    await b.close();
    await c.close();
    const reopened = await ctx.open();
    expect(await reopened.stats()).toMatchObject({ pastes: 1 });
    const versions = await ctx.harness().raw('SELECT version, name FROM {migrations}');
    expect(versions.map((row) => Number(row['version']))).toEqual([1, 2, 3]);
  });

  it('refuses a database migrated by a newer release', async () => {
    await (await ctx.harness().open()).close();
    await ctx.harness().raw(`INSERT INTO {migrations} (version, name) VALUES (999, 'future')`);
    await expectStorageError(ctx.harness().open(), 'storage.incompatible');
  });

  it('stores the creation day and nothing finer', async () => {
    const storage = await ctx.open();
    const paste = newPaste({ expiresAt: T0 + 90_000, maxViews: 3 });
    await storage.create(paste);
    const [row] = await ctx.harness().raw('SELECT * FROM {pastes}');
    expect(Object.keys(row ?? {}).sort()).toEqual(PASTE_COLUMNS);
    expect(row).toMatchObject({ created_day: '2024-02-29', format: 'v3', metadata: null });
    expect(Number(row?.['expires_at'])).toBe((T0 + 90_000) / 1000); // seconds: the promise only
    expect(Number(row?.['views'])).toBe(0);
    const [bundleRow] = await ctx.harness().raw('SELECT * FROM {bundles}');
    expect(Object.keys(bundleRow ?? {}).sort()).toEqual(['bundle', 'id']);
    const [migration] = await ctx.harness().raw('SELECT * FROM {migrations}');
    expect(Object.keys(migration ?? {}).sort()).toEqual(['name', 'version']);
  });

  it('stores the owner token hash as given, never anything else about the owner', async () => {
    const storage = await ctx.open();
    const paste = newPaste();
    await storage.create(paste);
    const [row] = await ctx.harness().raw('SELECT owner_token_hash FROM {pastes}');
    expect(new Uint8Array(row?.['owner_token_hash'] as Uint8Array)).toEqual(paste.ownerTokenHash);
  });

  it('reports an undecodable row as corrupt without using up a view', async () => {
    const storage = await ctx.open();
    const paste = newPaste({ metadata: { ok: true } });
    await storage.create(paste);
    await ctx.harness().raw(`UPDATE {pastes} SET metadata = '{not json'`);
    await expectStorageError(storage.view(paste.id, T0), 'storage.corrupt');
    const [row] = await ctx.harness().raw('SELECT views FROM {pastes}');
    expect(Number(row?.['views'])).toBe(0);
  });
}
