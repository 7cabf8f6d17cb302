import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createNodeCrypto } from '@pastenym/crypto/node';
import { createBrowserCrypto } from '@pastenym/crypto/browser';
import { generateVectors, type SphinxVector } from './vectors/generate.js';

const committed = JSON.parse(
  readFileSync(new URL('./vectors/sphinx.json', import.meta.url), 'utf8'),
) as {
  vectors: SphinxVector[];
};

describe('Sphinx vectors', () => {
  it.each([
    ['node:crypto KeyObjects', createNodeCrypto({ engine: 'keyobject' })],
    ['node:crypto + sodium-native', createNodeCrypto({ engine: 'sodium' })],
    ['WebCrypto + noble', createBrowserCrypto()],
  ])('are reproduced byte for byte by %s', async (_name, crypto) => {
    const vectors = await generateVectors(crypto);
    expect(vectors.length).toBe(7);
    expect(JSON.parse(JSON.stringify(vectors))).toEqual(committed.vectors);
  });

  it('cover delivery, replies and acks', () => {
    const last = committed.vectors.map((v) => v.hops.at(-1)?.kind);
    expect(last.every((kind) => kind === 'deliver')).toBe(true);
    expect(committed.vectors[5]!.opened).toBe(committed.vectors[5]!.message);
  });
});
