import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNodeCrypto } from '@pastenym/crypto/node';
import { paddedLength, sealPaste } from '@pastenym/paste-protocol';
import {
  estimateBundleBytes,
  formatBytes,
  durationParts,
  formatDuration,
  safeFileName,
  visibleFileName,
} from '../src/paste/describe.js';

describe('formatBytes', () => {
  it('speaks in binary units with at most one decimal', () => {
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(1000)).toBe('1,000 bytes');
    expect(formatBytes(1536)).toBe('1.5 kB');
    expect(formatBytes(10 * 1024 * 1024)).toBe('10 MB');
    expect(formatBytes(300 * 1024 * 1024)).toBe('300 MB');
  });

  it('speaks the reader’s language', () => {
    expect(formatBytes(1536, 'de')).toBe('1,5 kB');
    expect(formatBytes(2, 'ru')).toBe('2 байта');
    expect(formatBytes(4 * 1024 * 1024, 'fr')).toBe('4\u202FMo');
  });
});

describe('formatDuration', () => {
  it('names the expiry choices and approximates the rest', () => {
    const inEnglish = (seconds: number) => formatDuration(seconds);
    expect([300, 3600, 86_400, 604_800, 2_592_000, 31_536_000].map(inEnglish)).toEqual([
      '5 minutes',
      '1 hour',
      '1 day',
      '1 week',
      '1 month',
      '1 year',
    ]);
    expect(formatDuration(2 * 86_400 + 5)).toBe('2 days');
    expect(durationParts(2 * 86_400 + 5)).toEqual({ value: 2, unit: 'day', approximate: true });
    expect(durationParts(604_800)).toEqual({ value: 1, unit: 'week', approximate: false });
  });

  it('uses each language’s plural forms', () => {
    expect([86_400, 3 * 86_400, 5 * 86_400].map((s) => formatDuration(s, 'ru'))).toEqual([
      '1 день',
      '3 дня',
      '5 дней',
    ]);
    expect(formatDuration(604_800, 'de')).toBe('1 Woche');
    expect(formatDuration(2 * 3600, 'ar')).toMatch(/ساع/);
  });
});

describe('estimateBundleBytes', () => {
  const crypto = createNodeCrypto();

  it('is the smallest bucket for short texts, as the format pads them', () => {
    expect(estimateBundleBytes(5, [])).toBe(paddedLength(4 + 1 + 4 + 64 + 5) + 90);
  });

  it('is never below the real bundle for plain text and incompressible files', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.stringMatching(/^[a-z0-9 ]{0,3000}$/),
        fc.array(fc.uint8Array({ minLength: 0, maxLength: 40_000 }), { maxLength: 3 }),
        async (text, files) => {
          const content = {
            text,
            attachments: files.map((data, i) => ({ name: `f${i}`, type: 'x/y', data })),
          };
          const { bundle } = await sealPaste({ crypto }, content, {
            expirySeconds: 60,
            maxViews: null,
            public: false,
          });
          const estimate = estimateBundleBytes(
            text.length,
            files.map((f) => f.length),
          );
          expect(estimate).toBeGreaterThanOrEqual(bundle.length);
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('safeFileName', () => {
  it('never lets a path, a control character or a hidden name through', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (name) => {
        const safe = safeFileName(name, 'file');
        expect(safe).not.toMatch(/[\\/:*?"<>|]/);
        expect(
          Array.from(safe).some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f),
        ).toBe(false);
        expect(safe).not.toMatch(/^[.\s]/);
        expect(safe.length).toBeGreaterThan(0);
        expect(Array.from(safe).length).toBeLessThanOrEqual(200);
      }),
    );
    expect(safeFileName('../../etc/passwd', 'file')).toBe('etc_passwd');
    expect(safeFileName('evil\u202Egnp.exe', 'file')).toBe('evil_gnp.exe');
    expect(safeFileName('...', 'attachment-1')).toBe('attachment-1');
  });
});

describe('visibleFileName', () => {
  it('shows bidirectional and control characters as their codes, so the real extension shows', () => {
    expect(visibleFileName('evil\u202Egnp.exe')).toBe('evil⟨U+202E⟩gnp.exe');
    expect(visibleFileName('a\u2067b\u200Fc\u061C\u0007.txt')).toBe(
      'a⟨U+2067⟩b⟨U+200F⟩c⟨U+061C⟩⟨U+0007⟩.txt',
    );
    expect(visibleFileName('rapport-été.pdf')).toBe('rapport-été.pdf');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), (name) => {
        const hidden = Array.from(visibleFileName(name)).filter((char) => {
          const code = char.codePointAt(0)!;
          return code < 0x20 || /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/.test(char);
        });
        expect(hidden).toEqual([]);
      }),
    );
  });
});
