import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pasteContent, splitContent } from '../src/index.js';
import { mediaType, safeFileName, uniqueFileNames } from '../src/content/file-names.js';

describe('paste body', () => {
  it('gives back any bytes exactly, as text when they are UTF-8', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const { body, files } = splitContent(pasteContent(bytes, []));
        const back = typeof body === 'string' ? new TextEncoder().encode(body) : body;
        expect(Buffer.from(back).equals(Buffer.from(bytes))).toBe(true);
        expect(files).toEqual([]);
      }),
    );
  });

  it('keeps a byte-order mark, and puts non-UTF-8 first among the files', () => {
    expect(pasteContent(Uint8Array.of(0xef, 0xbb, 0xbf, 0x41), []).text).toBe('\ufeffA');
    const file = { name: 'a.txt', type: 'text/plain', data: Uint8Array.of(1) };
    const content = pasteContent(Uint8Array.of(0xff), [file]);
    expect(content.attachments.map((a) => a.name)).toEqual(['', 'a.txt']);
    expect(splitContent(content)).toEqual({ body: Uint8Array.of(0xff), files: [file] });
  });

  it('treats an empty-named attachment as a file when there is text', () => {
    const file = { name: '', type: '', data: Uint8Array.of(1) };
    expect(splitContent({ text: 'hi', attachments: [file] })).toEqual({
      body: 'hi',
      files: [file],
    });
  });
});

describe('file names', () => {
  it('never escapes the output directory, hides files, or carries control characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.nat(100), (name, index) => {
        const safe = safeFileName(name, index);
        expect(safe).not.toMatch(/[/\\<>:"|?*]/);
        // eslint-disable-next-line no-control-regex
        expect(safe).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
        expect(safe.startsWith('.')).toBe(false);
        expect(safe.length).toBeGreaterThan(0);
        expect([...safe].length).toBeLessThanOrEqual(200);
      }),
    );
  });

  it.each([
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\x\\evil.exe', 'evil.exe'],
    ['.bashrc', '_bashrc'],
    ['..', 'attachment-1'],
    ['', 'attachment-1'],
    ['a\u001b[31mb.txt', 'a[31mb.txt'],
  ])('%j becomes %j', (name, safe) => {
    expect(safeFileName(name, 0)).toBe(safe);
  });

  it('makes names distinct, ignoring case', () => {
    expect(uniqueFileNames(['a.txt', 'A.txt', 'a.txt', 'b'])).toEqual([
      'a.txt',
      'A (2).txt',
      'a (3).txt',
      'b',
    ]);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'A', 'a.b', '', '.x', 'x/a'), { maxLength: 12 }),
        (names) => {
          const unique = uniqueFileNames(names).map((n) => n.toLowerCase());
          expect(new Set(unique).size).toBe(names.length);
        },
      ),
    );
  });

  it('guesses media types from extensions', () => {
    expect([
      mediaType('x.PNG'),
      mediaType('notes.md'),
      mediaType('noext'),
      mediaType('a.weird'),
    ]).toEqual([
      'image/png',
      'text/markdown',
      'application/octet-stream',
      'application/octet-stream',
    ]);
  });
});
