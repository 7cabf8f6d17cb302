// Generates v2-vectors.json: Pastenym v2 pastes encrypted the way v2 clients did, with
// node:crypto only (independently of this package's code), so that the legacy reader is
// checked against bytes it did not produce. Run: node test/vectors/generate-v2-vectors.mjs
// It seals with v2-seal.mjs, not with the `sealV2Paste` that src/testing offers other tests
// (v2-seal.mjs says why).
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { cliKey, sealV2 } from './v2-seal.mjs';

const fileBytes = randomBytes(300);
const cases = [
  {
    name: 'web: 32 hex key, 96-bit IV, text only',
    key: randomBytes(16).toString('hex'),
    ivLength: 12,
    body: { text: 'hello from the v2 web client — ünïcödé ✓', file: null },
  },
  {
    name: 'web: file as an array of byte values',
    key: randomBytes(16).toString('hex'),
    ivLength: 12,
    body: {
      text: '',
      file: {
        data: Array.from(fileBytes),
        filename: 'notes.bin',
        mimeType: 'application/octet-stream',
      },
    },
  },
  {
    name: 'cli: [0-9a-z] key, file as base64',
    key: cliKey(),
    ivLength: 12,
    body: {
      text: 'from the Go CLI',
      file: { data: fileBytes.toString('base64'), filename: 'a.png', mimeType: 'image/png' },
    },
  },
  {
    name: 'sjcl default: 128-bit IV',
    key: randomBytes(16).toString('hex'),
    ivLength: 16,
    body: { text: 'SJCL generated a 4-word IV', file: null },
  },
];

const vectors = cases.map(({ name, key, ivLength, body }) => ({
  name,
  key,
  ...sealV2(key, JSON.stringify(body), ivLength),
  expected: {
    text: body.text,
    attachments: body.file
      ? [
          {
            name: body.file.filename,
            type: body.file.mimeType,
            dataHex: fileBytes.toString('hex'),
          },
        ]
      : [],
  },
}));

const publicBody = { text: 'a public <b>"paste"</b> & more', file: null };
vectors.push(
  {
    name: 'public paste',
    key: null,
    text: JSON.stringify(publicBody),
    encParams: null,
    expected: { text: publicBody.text, attachments: [] },
  },
  {
    name: 'public paste as the v2 server stored it (HTML-escaped)',
    key: null,
    text: JSON.stringify(publicBody)
      .replaceAll('&', '&amp;')
      .replaceAll('<', '&lt;')
      .replaceAll('>', '&gt;')
      .replaceAll('"', '&quot;')
      .replaceAll("'", '&#x27;'),
    encParams: null,
    expected: { text: publicBody.text, attachments: [] },
  },
);

const out = new URL('./v2-vectors.json', import.meta.url);
writeFileSync(
  out,
  JSON.stringify({ generator: 'generate-v2-vectors.mjs', vectors }, null, 2) + '\n',
);
console.log(`wrote ${vectors.length} vectors`);
