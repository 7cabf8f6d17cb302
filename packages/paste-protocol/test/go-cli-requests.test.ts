import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { utf8 } from '@pastenym/crypto';
import { DEFAULT_LIMITS, decodeV2Request, openLegacyPaste } from '../src/index.js';
import { providers, readableContent } from './helpers.js';

interface GoCliVector {
  name: string;
  key: string | null;
  message: string;
  expected: {
    public: boolean;
    burnViews: number | null;
    expirySeconds: number | null;
    content: { text: string; attachments: { name: string; type: string; dataHex: string }[] };
  };
}

const { vectors } = JSON.parse(
  readFileSync(new URL('./vectors/go-cli-requests.json', import.meta.url), 'utf8'),
) as { vectors: GoCliVector[] };

const [crypto] = providers;

describe('the Go CLI request bodies', () => {
  it.each(vectors)('$name: decodes and opens', async (vector) => {
    const decoded = decodeV2Request(utf8(vector.message), DEFAULT_LIMITS);
    if (!decoded.ok || decoded.request.event !== 'newText') throw new Error('refused');
    expect(decoded.encoding).toBe('base64');
    const { paste } = decoded.request;
    expect(paste.encParams === null).toBe(vector.expected.public);
    expect(paste.burnViews).toBe(vector.expected.burnViews);
    expect(paste.expirySeconds).toBe(vector.expected.expirySeconds);
    expect(paste.expirationHeight).toBeNull();
    const content = await openLegacyPaste({ crypto: crypto! }, paste, vector.key ?? undefined);
    expect(readableContent(content)).toEqual(vector.expected.content);
  });
});

describe('v2 bodies in every shape the original clients wrote', () => {
  const open = (body: unknown) =>
    openLegacyPaste(
      { crypto: crypto! },
      { text: JSON.stringify(body), encParams: null },
      undefined,
    );
  const bytes = [104, 105];

  it.each([
    ['go cli, no file', { text: 't', file: { data: null, filename: '', mimeType: '' } }, []],
    ['web, no file', { text: 't', file: null }, []],
    ['missing file', { text: 't' }, []],
    ['file without data', { text: 't', file: { filename: 'x' } }, []],
    [
      'go cli file',
      { text: 't', file: { data: 'aGk=', filename: 'a.txt', mimeType: 'text/plain' } },
      [{ name: 'a.txt', type: 'text/plain', dataHex: '6869' }],
    ],
    [
      'web file, empty name and type',
      { text: 't', file: { data: bytes, filename: '', mimeType: '' } },
      [{ name: 'file', type: 'application/octet-stream', dataHex: '6869' }],
    ],
    [
      'serialised Uint8Array, no name or type',
      { text: 't', file: { data: { 0: 104, 1: 105 } } },
      [{ name: 'file', type: 'application/octet-stream', dataHex: '6869' }],
    ],
  ])('%s', async (_name, body, attachments) => {
    expect(readableContent(await open(body))).toEqual({ text: 't', attachments });
  });

  it('a file-only body without text opens with empty text', async () => {
    const content = await open({ file: { data: 'aGk=', filename: 'a', mimeType: 'b' } });
    expect(content.text).toBe('');
  });

  it.each([
    ['text of the wrong type', { text: 5, file: null }],
    ['file of the wrong type', { text: 't', file: 'x' }],
    ['bytes out of range', { text: 't', file: { data: [256] } }],
    ['not an object', ['t']],
  ])('refuses %s', async (_name, body) => {
    await expect(open(body)).rejects.toMatchObject({ code: 'legacy.malformed' });
  });
});
