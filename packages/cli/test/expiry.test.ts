import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPIRY_CHOICES } from '@pastenym/paste-protocol';
import { chooseExpiry, formatDuration, parseExpiry } from '../src/index.js';

describe('expiry', () => {
  it('reads the documented spellings', () => {
    expect(['10m', '1h', '1d', '1w', '1mo', '1y', 'never', ' 2H '].map(parseExpiry)).toEqual([
      600, 3600, 86_400, 604_800, 2_592_000, 31_536_000, 0, 7200,
    ]);
  });

  it.each(['', '0m', '10', 'm', '1.5h', '1 month', '-1d', '99999999999y'])('refuses %j', (text) => {
    expect(() => parseExpiry(text)).toThrow(expect.objectContaining({ code: 'cli.usage' }));
  });

  it('formats the default choices as they are typed', () => {
    expect(DEFAULT_EXPIRY_CHOICES.map(formatDuration)).toEqual([
      '5m',
      '1h',
      '1d',
      '1w',
      '1mo',
      '1y',
    ]);
  });

  it('round-trips any duration through its spelling', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffff_ffff }), (seconds) => {
        expect(parseExpiry(formatDuration(seconds))).toBe(seconds);
      }),
    );
  });

  it('never picks a longer lifetime than asked for', () => {
    const choices = fc.uniqueArray(fc.integer({ min: 0, max: 1_000_000 }), {
      minLength: 1,
      maxLength: 8,
    });
    fc.assert(
      fc.property(choices, fc.integer({ min: 0, max: 2_000_000 }), (offered, requested) => {
        let choice;
        try {
          choice = chooseExpiry(requested, offered);
        } catch {
          // Nothing fits: no offered choice is shorter (and "never" is not offered if asked).
          expect(offered.some((s) => s > 0 && (requested === 0 || s < requested))).toBe(
            requested === 0,
          );
          expect(offered.includes(requested)).toBe(false);
          return;
        }
        expect(offered).toContain(choice.seconds);
        expect(choice.exact).toBe(choice.seconds === requested);
        if (requested !== 0) expect(choice.seconds).toBeLessThanOrEqual(requested);
        if (requested !== 0) expect(choice.seconds).toBeGreaterThan(0);
      }),
    );
  });

  it('lists what the server offers when nothing fits', () => {
    expect(() => chooseExpiry(60, DEFAULT_EXPIRY_CHOICES)).toThrow(
      /offers 5m, 1h, 1d, 1w, 1mo, 1y/,
    );
    expect(() => chooseExpiry(0, [300, 0])).not.toThrow();
  });
});
