import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STORAGE_LIMITS,
  StorageError,
  isCalendarDay,
  isPasteId,
  resolveLimits,
  utcDay,
  type JsonValue,
} from '../../src/storage/index.js';
import { decodeViewed, encodePaste } from '../../src/storage/record.js';
import { newPaste } from './fixtures.js';

const MAX_DATE_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

describe('paste records', () => {
  it('decode what they encode, counting views (property)', () => {
    const fields = fc.record({
      bundle: fc.uint8Array({ maxLength: 256 }),
      metadata: fc.option(fc.jsonValue({ maxDepth: 2 }).map((value) => value as JsonValue)),
      expiresAt: fc.option(fc.integer({ min: 0, max: 2 ** 40 })),
      maxViews: fc.option(fc.integer({ min: 1, max: 2 ** 31 - 1 })),
      createdDay: fc.date({ min: new Date(0), max: new Date(MAX_DATE_MS), noInvalidDate: true }),
    });
    fc.assert(
      fc.property(fields, fc.nat(), (f, seen) => {
        const paste = newPaste({ ...f, createdDay: utcDay(f.createdDay.getTime()) });
        const row = encodePaste(paste, DEFAULT_STORAGE_LIMITS);
        const views = paste.maxViews === null ? seen + 1 : (seen % paste.maxViews) + 1;
        const viewed = decodeViewed({ ...row, views }, row.bundle);
        expect(viewed.bundle).toEqual(paste.bundle);
        expect(JSON.stringify(viewed.metadata)).toBe(JSON.stringify(paste.metadata));
        expect(viewed.createdDay).toBe(paste.createdDay);
        expect(viewed.expiresAt).toBe(
          paste.expiresAt === null ? null : Math.floor(paste.expiresAt / 1000) * 1000,
        );
        expect(viewed.remainingViews).toBe(paste.maxViews === null ? null : paste.maxViews - views);
        expect(viewed.burned).toBe(views === paste.maxViews);
      }),
    );
  });

  it('refuse rows that encodePaste cannot have written', () => {
    const row = encodePaste(newPaste({ maxViews: 2 }), DEFAULT_STORAGE_LIMITS);
    const corrupt = (action: () => unknown) =>
      expect(action).toThrow(expect.objectContaining({ code: 'storage.corrupt' }) as Error);
    corrupt(() => decodeViewed({ ...row, views: 1 }, new Uint8Array(3)));
    corrupt(() => decodeViewed({ ...row, views: 3 }, row.bundle));
    corrupt(() => decodeViewed({ ...row, views: 1, metadata: '{' }, row.bundle));
  });
});

describe('validation', () => {
  it('gives the UTC day of any instant (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_DATE_MS }), (ms) => {
        const day = utcDay(ms);
        expect(isCalendarDay(day)).toBe(true);
        expect(Date.parse(`${day}T00:00:00Z`)).toBe(ms - (ms % 86_400_000));
      }),
    );
    expect(utcDay(Date.UTC(2024, 1, 29, 23, 59, 59))).toBe('2024-02-29');
    expect(() => utcDay(Number.NaN)).toThrow(StorageError);
    expect(() => utcDay(Date.UTC(10_000, 0, 1))).toThrow(StorageError);
  });

  it('knows real calendar days', () => {
    expect(['2024-02-29', '2023-12-31', '0001-01-01'].map(isCalendarDay)).toEqual([
      true,
      true,
      true,
    ]);
    const wrong = ['2023-02-29', '2024-13-01', '2024-1-01', '2024-01-01T00:00Z', 20240101];
    expect(wrong.map(isCalendarDay)).toEqual([false, false, false, false, false]);
  });

  it('accepts exactly 8 to 64 base64url characters as ids (property)', () => {
    const alphabet = fc.constantFrom(...'ABCXYZabcxyz0189-_');
    fc.assert(
      fc.property(fc.string({ unit: alphabet, minLength: 0, maxLength: 80 }), (id) => {
        expect(isPasteId(id)).toBe(id.length >= 8 && id.length <= 64);
      }),
    );
    expect(isPasteId('abcdefghijklmnop=')).toBe(false);
    expect(isPasteId(1234567890123456)).toBe(false);
  });

  it('resolves limits, refusing nonsense', () => {
    expect(resolveLimits({ maxBundleBytes: 10 })).toEqual({
      maxBundleBytes: 10,
      maxMetadataBytes: 4096,
      maxStoredBytes: Number.MAX_SAFE_INTEGER,
    });
    for (const limits of [
      { maxBundleBytes: 0 },
      { maxMetadataBytes: 1.5 },
      { maxBundleBytes: 2 ** 31 },
    ]) {
      expect(() => resolveLimits(limits)).toThrow(StorageError);
    }
  });
});
