// Registers the vector check for a run inside a browser Web Worker: the browser provider
// (WebCrypto and @noble, in Chromium itself) must reproduce the committed vectors byte for byte.
import { describe, expect, it } from 'vitest';
import { createBrowserCrypto } from '@pastenym/crypto/browser';
import committed from './vectors/sphinx.json' with { type: 'json' };
import { generateVectors } from './vectors/generate.js';

describe('Sphinx vectors in the browser', () => {
  it('are reproduced byte for byte by WebCrypto + noble', async () => {
    const vectors = await generateVectors(createBrowserCrypto());
    expect(vectors.length).toBe(7);
    expect(JSON.parse(JSON.stringify(vectors))).toEqual(committed.vectors);
  });
});
