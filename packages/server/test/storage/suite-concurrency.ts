// Views and creations racing on one paste from several stores on the same database.
import { expect, it } from 'vitest';
import type { Storage, ViewResult } from '../../src/storage/index.js';
import { T0, newPaste } from './fixtures.js';
import type { SuiteContext } from './harness.js';
import { rawCount } from './harness.js';

const INSTANCES = 5;
const VIEWERS = 50;

async function openMany(ctx: SuiteContext): Promise<Storage[]> {
  const stores = [];
  for (let i = 0; i < INSTANCES; i++) stores.push(await ctx.open());
  return stores;
}

/** Starts all views before awaiting any, spread over the stores. */
function raceViews(stores: Storage[], id: string): Promise<ViewResult[]> {
  return Promise.all(
    Array.from({ length: VIEWERS }, (_, i) => stores[i % stores.length]!.view(id, T0)),
  );
}

export function concurrencyTests(ctx: SuiteContext): void {
  it(`gives a burn paste to exactly one of ${VIEWERS} concurrent viewers`, async () => {
    const stores = await openMany(ctx);
    const paste = newPaste({ maxViews: 1 });
    await stores[0]!.create(paste);
    const results = await raceViews(stores, paste.id);
    const winners = results.filter((r) => r.status === 'found');
    expect(winners).toHaveLength(1);
    expect(winners[0]?.status === 'found' && winners[0].paste.bundle).toEqual(paste.bundle);
    expect(await rawCount(ctx.harness(), 'pastes')).toBe(0);
  });

  it(`gives a 7-view paste to exactly 7 of ${VIEWERS} concurrent viewers`, async () => {
    const stores = await openMany(ctx);
    const paste = newPaste({ maxViews: 7 });
    await stores[1]!.create(paste);
    const results = await raceViews(stores, paste.id);
    const remaining = results.flatMap((r) =>
      r.status === 'found' ? [r.paste.remainingViews] : [],
    );
    expect(remaining.sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(await rawCount(ctx.harness(), 'pastes')).toBe(0);
  });

  it('counts every concurrent view of an unlimited paste', async () => {
    const stores = await openMany(ctx);
    const paste = newPaste();
    await stores[2]!.create(paste);
    const results = await raceViews(stores, paste.id);
    const views = results.map((r) => (r.status === 'found' ? r.paste.views : 0));
    expect(views.sort((a, b) => a - b)).toEqual(Array.from({ length: VIEWERS }, (_, i) => i + 1));
  });

  it('lets exactly one of several concurrent creations of one id succeed', async () => {
    const stores = await openMany(ctx);
    const id = newPaste().id;
    const outcomes = await Promise.allSettled(stores.map((s) => s.create(newPaste({ id }))));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') {
        expect(outcome.reason).toMatchObject({ code: 'storage.conflict' });
      }
    }
  });
}
