import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatPasteLink, parsePasteLink, type PasteLink } from '../src/index.js';
import { base64UrlString, pasteIdArb } from './helpers.js';

const linkArb: fc.Arbitrary<PasteLink> = fc.record(
  {
    pasteId: pasteIdArb,
    key: base64UrlString(1, 128),
    passwordRequired: fc.boolean(),
    confirmBeforeOpening: fc.boolean(),
  },
  { requiredKeys: ['pasteId', 'passwordRequired', 'confirmBeforeOpening'] },
);

describe('links', () => {
  it('round-trip through format and parse', () => {
    fc.assert(
      fc.property(
        linkArb,
        fc.constantFrom('https://paste.example', 'http://127.0.0.1:8080/app/'),
        (link, base) => {
          expect(parsePasteLink(formatPasteLink(base, link))).toEqual(link);
        },
      ),
    );
  });

  it('keep the v2 shape', () => {
    const link = {
      pasteId: 'aZ3x_9Qp',
      key: '0f1e',
      passwordRequired: false,
      confirmBeforeOpening: false,
    };
    expect(formatPasteLink('https://pastenym.ch/', link)).toBe(
      'https://pastenym.ch/#/aZ3x_9Qp&key=0f1e',
    );
    expect(
      formatPasteLink('https://h', { ...link, passwordRequired: true, confirmBeforeOpening: true }),
    ).toBe('https://h/#/aZ3x_9Qp&key=0f1e&pw=1&confirm=1');
  });

  it('accept v2 links, id plus key, and bare ids', () => {
    const plain = { passwordRequired: false, confirmBeforeOpening: false };
    expect(
      parsePasteLink('https://pastenym.ch/#/aZ3x_9Qp&key=5f0c2d7e9a1b3c4d5e6f708192a3b4c5'),
    ).toEqual({
      pasteId: 'aZ3x_9Qp',
      key: '5f0c2d7e9a1b3c4d5e6f708192a3b4c5',
      ...plain,
    });
    expect(parsePasteLink('aZ3x_9Qp&key=abc')).toEqual({
      pasteId: 'aZ3x_9Qp',
      key: 'abc',
      ...plain,
    });
    expect(parsePasteLink('  aZ3x_9Qp ')).toEqual({ pasteId: 'aZ3x_9Qp', ...plain });
    expect(parsePasteLink('#aZ3x_9Qp&key=')).toEqual({ pasteId: 'aZ3x_9Qp', ...plain });
    expect(parsePasteLink('https://h/#/aZ3x_9Qp&utm=1&confirm=1')).toEqual({
      pasteId: 'aZ3x_9Qp',
      passwordRequired: false,
      confirmBeforeOpening: true,
    });
  });

  it('refuse what is not a link', () => {
    for (const text of [
      '',
      'https://h/aZ3x_9Qp',
      'https://h/#/',
      'a b',
      'aZ3x_9Qp&key=<script>',
      'abc',
    ]) {
      expect(parsePasteLink(text)).toBeUndefined();
    }
    fc.assert(
      fc.property(fc.string(), (text) => {
        const link = parsePasteLink(text);
        if (link) expect(link.pasteId).toMatch(/^[A-Za-z0-9_-]{4,64}$/);
      }),
    );
    expect(() =>
      formatPasteLink('https://h', {
        pasteId: 'a/b',
        passwordRequired: false,
        confirmBeforeOpening: false,
      }),
    ).toThrow(RangeError);
  });
});
