// Generates v2-vectors.json: Pastenym v2 pastes encrypted the way v2 clients did, with
// node:crypto only (independently of this package's code), so that the legacy reader is
// checked against bytes it did not produce. Run: node test/vectors/generate-v2-vectors.mjs
// It stays standalone on purpose: it repeats the SJCL sealing that `sealV2Paste`
// (src/testing) offers other tests, because the frozen vectors are the reference made from
// v2's parameters, and a vector sealed by our own code could not catch a mistake we share.
import { createCipheriv, pbkdf2Sync, randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';

const ALPHANUMERIC = '0123456789abcdefghijklmnopqrstuvwxyz';

function cliKey() {
  return Array.from(randomBytes(32), (b) => ALPHANUMERIC[b % 36]).join('');
}

// PBKDF2-HMAC-SHA256(key string, 8-byte salt, 10,000) -> AES-256-GCM, empty associated data,
// ciphertext || 128-bit tag in base64: what SJCL (web) and the Go CLI both produced.
function encrypt(key, plaintext, ivLength) {
  const salt = randomBytes(8);
  const iv = randomBytes(ivLength);
  const aesKey = pbkdf2Sync(Buffer.from(key, 'utf8'), salt, 10_000, 32, 'sha256');
  const cipher = createCipheriv('aes-256-gcm', aesKey, iv);
  const ct = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  const encParams = {
    iv: iv.toString('base64'),
    v: 1,
    iter: 10_000,
    ks: 256,
    ts: 128,
    mode: 'gcm',
    adata: '',
    cipher: 'aes',
    salt: salt.toString('base64'),
  };
  return { text: ct.toString('base64'), encParams };
}

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
  ...encrypt(key, JSON.stringify(body), ivLength),
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
