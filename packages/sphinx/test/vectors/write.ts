// Regenerates sphinx.json: `npm run vectors -w @pastenym/sphinx`. Only when the format changes
// on purpose; say why in the commit.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createNodeCrypto } from '@pastenym/crypto/node';
import { generateVectors } from './generate.js';

const target = fileURLToPath(new URL('../../../test/vectors/sphinx.json', import.meta.url));
const vectors = await generateVectors(createNodeCrypto({ engine: 'keyobject' }));
writeFileSync(
  target,
  JSON.stringify({ generator: 'test/vectors/generate.ts', vectors }, null, 1) + '\n',
);
console.log(`wrote ${vectors.length} vectors to ${target}`);
