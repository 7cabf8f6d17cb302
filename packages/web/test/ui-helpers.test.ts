import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { qrPath } from '../src/render/qr.js';
import { applyTheme, nextTheme, storedTheme } from '../src/ui/common/theme.js';
import {
  defaultOptions,
  draftContent,
  draftFromContent,
  hasContent,
  maxViewsOf,
  passwordAllowed,
  viewLimitProblem,
  waitingReason,
} from '../src/ui/create/draft.js';

describe('the theme choice', () => {
  it('is stored, applied as data-theme, and cycles auto, light, dark', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
    const root = { dataset: {} as Record<string, string> } as unknown as HTMLElement;
    expect(storedTheme(storage)).toBe('system');
    applyTheme('dark', root, storage);
    expect(root.dataset.theme).toBe('dark');
    expect(storedTheme(storage)).toBe('dark');
    applyTheme('system', root, storage);
    expect(root.dataset.theme).toBeUndefined();
    expect([nextTheme('system'), nextTheme('light'), nextTheme('dark')]).toEqual([
      'light',
      'dark',
      'system',
    ]);
    store.set('pastenym-theme', 'purple');
    expect(storedTheme(storage)).toBe('system');
    expect(
      storedTheme({
        getItem: () => {
          throw new Error('disabled');
        },
      }),
    ).toBe('system');
  });
});

describe('drafts', () => {
  /** Everything the create button waits for is there. */
  const READY = {
    connected: true,
    serverReady: true,
    serverSilent: false,
    empty: false,
    tooLarge: false,
    tooManyFiles: false,
    viewsInvalid: false,
  };

  it('turn into content and back (clone)', () => {
    const content = {
      text: 't',
      attachments: [{ name: 'n', type: 'x/y', data: Uint8Array.of(1) }],
    };
    const draft = draftFromContent(content, { kind: 'markdown' });
    expect(draftContent(draft)).toEqual(content);
  });

  it('default to a week when offered and map the view choice', () => {
    expect(defaultOptions([300, 3600, 604_800, 0]).expirySeconds).toBe(604_800);
    expect(defaultOptions([300, 3600, 86_400]).expirySeconds).toBe(3600);
    const options = defaultOptions([3600]);
    expect(maxViewsOf(options)).toBeNull();
    expect(maxViewsOf({ ...options, views: 'burn' })).toBe(1);
    expect(maxViewsOf({ ...options, views: 'limited', maxViews: '7' })).toBe(7);
    expect(options.public).toBe(false);
  });

  it('refuse a view limit outside 2..max instead of changing it', () => {
    const limited = { ...defaultOptions([3600]), views: 'limited' as const };
    const problem = (maxViews: string) => viewLimitProblem({ ...limited, maxViews }, 10_000);
    expect(['2', '10', '10000', ' 42 '].map(problem)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(['0', '1', '99999', '', '2.5', '-3', '1e3', 'ten'].map(problem)).toEqual(
      Array(8).fill('range'),
    );
    expect(viewLimitProblem({ ...limited, views: 'burn', maxViews: '0' }, 10)).toBeUndefined();
  });

  it('say whether there is something a closed tab would lose, and why creating must wait', () => {
    expect(hasContent({ text: '', format: { kind: 'text' }, files: [] })).toBe(false);
    expect(hasContent({ text: ' ', format: { kind: 'text' }, files: [] })).toBe(true);
    const state = { ...READY, serverReady: false, serverSilent: true };
    expect(waitingReason(state)).toBe('serverSilent');
    expect(waitingReason({ ...state, serverSilent: false })).toBe('server');
    expect(waitingReason({ ...state, serverSilent: false, serverReady: true })).toBeUndefined();
    expect(
      waitingReason({ ...state, serverSilent: false, serverReady: true, viewsInvalid: true }),
    ).toBe('views');
  });

  it('offer a password only for encrypted pastes on servers that read format v3', () => {
    const options = defaultOptions([3600]);
    expect(passwordAllowed(options, false)).toBe(true);
    expect(passwordAllowed(options, true)).toBe(false);
    expect(passwordAllowed({ ...options, public: true }, false)).toBe(false);
  });

  it('say why the create button waits, a second file on a v2-only server included', () => {
    expect(waitingReason({ ...READY, tooManyFiles: true })).toBe('tooManyFiles');
    expect(waitingReason({ ...READY, tooLarge: true, tooManyFiles: true })).toBe('tooLarge');
    expect(waitingReason(READY)).toBeUndefined();
  });
});

describe('qrPath', () => {
  it('draws a square with its quiet zone, one unit square per dark module', () => {
    fc.assert(
      fc.property(fc.webUrl(), (url) => {
        const qr = qrPath(url);
        expect((qr.size - 8 - 17) % 4).toBe(0); // versions are 17 + 4v modules wide
        const squares = qr.path.match(/M/g)?.length ?? 0;
        expect(squares).toBeGreaterThan(0);
        expect(squares).toBeLessThan((qr.size - 8) ** 2);
        expect(qrPath(url)).toEqual(qr);
      }),
      { numRuns: 30 },
    );
    expect(() => qrPath('x'.repeat(5000))).toThrow();
  });
});
