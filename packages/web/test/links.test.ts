import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatDisplayParams,
  guessDisplayFormat,
  LANGUAGES,
  parseDisplayFormat,
  type DisplayFormat,
} from '../src/links/display-format.js';
import {
  formatDeleteLink,
  formatShareLink,
  keyFrom,
  ownerTokenFrom,
  pageLinkBase,
  parseRoute,
} from '../src/links/route.js';

const base58 = fc.stringMatching(/^[1-9A-HJ-NP-Za-km-z]{43,44}$/);
const pasteId = fc.stringMatching(/^[A-Za-z0-9_-]{22}$/);
const format: fc.Arbitrary<DisplayFormat> = fc.oneof(
  fc.constant({ kind: 'text' as const }),
  fc.constant({ kind: 'markdown' as const }),
  fc
    .option(fc.constantFrom(...LANGUAGES.map(([name]) => name)), { nil: null })
    .map((language) => ({ kind: 'code' as const, language })),
);

describe('keyFrom', () => {
  it('takes a key, or the key of a whole link pasted into the key box', () => {
    expect(keyFrom('  4vJ9kQ  ')).toBe('4vJ9kQ');
    expect(keyFrom('http://127.0.0.1:5173/#/abcdEFGH&key=4vJ9kQ&fmt=text')).toBe('4vJ9kQ');
    expect(keyFrom('#/abcdEFGH&key=4vJ9kQ')).toBe('4vJ9kQ');
    expect(keyFrom('')).toBeUndefined();
    expect(keyFrom('https://x/#/abcdEFGH')).toBeUndefined();
    expect(
      keyFrom(
        formatShareLink('https://p.example/', {
          pasteId: 'abcdEFGH',
          key: '4vJ9kQ',
          passwordRequired: true,
          confirmBeforeOpening: false,
          format: { kind: 'markdown' },
          isPublic: false,
        }),
      ),
    ).toBe('4vJ9kQ');
  });
});

describe('routes and share links', () => {
  it('reads the editor, v2 links, v3 links with flags, deletion links and garbage', () => {
    expect(parseRoute('')).toEqual({ kind: 'create' });
    expect(parseRoute('#/')).toEqual({ kind: 'create' });
    expect(parseRoute('#/abcdEFGH&key=0123456789abcdef0123456789abcdef')).toEqual({
      kind: 'view',
      link: {
        pasteId: 'abcdEFGH',
        key: '0123456789abcdef0123456789abcdef',
        passwordRequired: false,
        confirmBeforeOpening: false,
      },
    });
    expect(parseRoute('#/abcdEFGH&pw=1&confirm=1&fmt=code&lang=rust')).toMatchObject({
      link: { passwordRequired: true, confirmBeforeOpening: true },
      format: { kind: 'code', language: 'rust' },
    });
    expect(parseRoute('#/abcdEFGH&pub=1')).toMatchObject({ isPublic: true });
    expect(parseRoute('#/abcdEFGH&pub=0')).not.toHaveProperty('isPublic');
    expect(parseRoute('#/not a paste!')).toEqual({ kind: 'invalid' });
    expect(parseRoute('#/delete/abcdEFGH&token=short')).toEqual({ kind: 'invalid' });
  });

  it('parses every share link it formats, with and without the key', () => {
    fc.assert(
      fc.property(
        pasteId,
        base58,
        fc.boolean(),
        fc.boolean(),
        format,
        (id, key, pw, confirm, fmt) => {
          const parts = {
            pasteId: id,
            key,
            passwordRequired: pw,
            confirmBeforeOpening: confirm,
            format: fmt,
          };
          const link = formatShareLink('https://paste.example/app/', parts);
          const hash = link.slice(link.indexOf('#'));
          expect(parseRoute(hash)).toEqual({
            kind: 'view',
            link: { pasteId: id, key, passwordRequired: pw, confirmBeforeOpening: confirm },
            format: fmt,
          });
          const withoutKey = formatShareLink('https://paste.example/app/', parts, false);
          expect(withoutKey).not.toContain(key);
          expect(parseRoute(withoutKey.slice(withoutKey.indexOf('#')))).toMatchObject({
            link: { pasteId: id },
          });
        },
      ),
    );
  });

  it('round-trips deletion links, which also give up their token when pasted whole', () => {
    fc.assert(
      fc.property(pasteId, fc.stringMatching(/^[A-Za-z0-9_-]{43}$/), (id, token) => {
        const link = formatDeleteLink('http://127.0.0.1:8080/', id, token);
        expect(parseRoute(link.slice(link.indexOf('#')))).toEqual({
          kind: 'delete',
          pasteId: id,
          ownerToken: token,
        });
        expect(ownerTokenFrom(`  ${link} `)).toBe(token);
        expect(ownerTokenFrom(token)).toBe(token);
      }),
    );
    expect(() => formatDeleteLink('http://x/', 'id!', 'token')).toThrow(RangeError);
  });

  it('takes the link base from the page without query or fragment', () => {
    expect(pageLinkBase({ origin: 'https://paste.example', pathname: '/app/' })).toBe(
      'https://paste.example/app/',
    );
  });
});

describe('display formats', () => {
  it('round-trips through link parameters', () => {
    fc.assert(
      fc.property(format, (fmt) => {
        const params = new URLSearchParams(formatDisplayParams(fmt).slice(1));
        expect(
          parseDisplayFormat(params.get('fmt') ?? undefined, params.get('lang') ?? undefined),
        ).toEqual(fmt);
      }),
    );
  });

  it('turns unknown values into plain text or a guessed language', () => {
    expect(parseDisplayFormat('html')).toBeUndefined();
    expect(parseDisplayFormat('code', '<script>')).toEqual({ kind: 'code', language: null });
  });

  it('guesses markdown only with several markdown signals', () => {
    expect(guessDisplayFormat('# Title\n\n- one\n- two')).toEqual({ kind: 'markdown' });
    expect(guessDisplayFormat('just a note with a * star')).toEqual({ kind: 'text' });
  });
});
