// Compliance: pastes imported from another system (the original Pastenym's 8-character ids,
// their view counts) and import keys that outlive the paste.
import { expect, it } from 'vitest';
import type { SuiteContext } from './harness.js';
import { rawCount } from './harness.js';
import { T0, expectStorageError, newPaste, randomBundle, tokenHash } from './fixtures.js';

export function importTests(ctx: SuiteContext): void {
  const v2Paste = (id: string, views: number, maxViews: number | null) =>
    newPaste({ id, ownerTokenHash: null, views, maxViews, format: 'v2-public' });

  it('imports an 8-character id with its view count, and counts on from there', async () => {
    const storage = await ctx.open();
    const key = tokenHash('source|aZ3x_9Qp');
    expect(await storage.importPaste(v2Paste('aZ3x_9Qp', 4, 6), key)).toBe('imported');
    const first = await storage.view('aZ3x_9Qp', T0);
    expect(first.status === 'found' && first.paste).toMatchObject({ views: 5, remainingViews: 1 });
    const last = await storage.view('aZ3x_9Qp', T0);
    expect(last.status === 'found' && last.paste).toMatchObject({ views: 6, burned: true });
    expect(await storage.view('aZ3x_9Qp', T0)).toEqual({ status: 'not_found' });
  });

  it('never brings back a paste whose import key it has seen, even after it burned', async () => {
    const storage = await ctx.open();
    const key = tokenHash('source|burnedId');
    expect(await storage.importPaste(v2Paste('burnedId', 0, 1), key)).toBe('imported');
    expect(await storage.importPaste(v2Paste('burnedId', 0, 1), key)).toBe('already_imported');
    expect((await storage.view('burnedId', T0)).status).toBe('found');
    expect(await storage.importPaste(v2Paste('burnedId', 0, 1), key)).toBe('already_imported');
    expect(await storage.view('burnedId', T0)).toEqual({ status: 'not_found' });
    expect(await rawCount(ctx.harness(), 'imports')).toBe(1);
  });

  it('records no key when the paste itself is refused', async () => {
    const storage = await ctx.open();
    await storage.create(newPaste({ id: 'takenId1' }));
    const key = tokenHash('source|takenId1');
    await expectStorageError(
      storage.importPaste(v2Paste('takenId1', 0, null), key),
      'storage.conflict',
    );
    expect(await rawCount(ctx.harness(), 'imports')).toBe(0);
  });

  it('refuses bad keys and view counts that reach the limit', async () => {
    const storage = await ctx.open();
    const paste = newPaste({ bundle: randomBundle(8) });
    await expectStorageError(
      storage.importPaste(paste, new Uint8Array(31)),
      'storage.invalid_argument',
    );
    for (const views of [-1, 1.5, 3]) {
      await expectStorageError(
        storage.importPaste({ ...paste, maxViews: 3, views }, tokenHash(String(views))),
        'storage.invalid_argument',
      );
    }
    await expectStorageError(storage.create({ ...paste, id: 'short' }), 'storage.invalid_argument');
  });
}
