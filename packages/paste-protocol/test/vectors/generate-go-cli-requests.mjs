// Generates go-cli-requests.json: newText requests byte for byte as the original Go CLI (1.2.x)
// sent them, with node:crypto only (independently of this package's code). The Go CLI
// marshals a struct, so every field is always present: no file is
// `"file":{"data":null,"filename":"","mimeType":""}` (Go's nil []byte marshals to null), a file's
// bytes are base64 (Go's []byte), public pastes carry an all-empty `encParams`, no height is
// -1, and the whole envelope is base64 before it goes to the nym-client.
// Run: node test/vectors/generate-go-cli-requests.mjs
import { createCipheriv, pbkdf2Sync, randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';

const ALPHANUMERIC = '0123456789abcdefghijklmnopqrstuvwxyz';
const cliKey = () => Array.from(randomBytes(32), (b) => ALPHANUMERIC[b % 36]).join('');
const EMPTY_PARAMS = {
  iv: '',
  v: 0,
  iter: 0,
  ks: 0,
  ts: 0,
  mode: '',
  adata: '',
  cipher: '',
  salt: '',
};
const NO_FILE = { data: null, filename: '', mimeType: '' };

// PBKDF2-HMAC-SHA256(key, 8-byte salt, 10,000) -> AES-256-GCM, 96-bit IV, empty AD.
function encrypt(key, plaintext) {
  const salt = randomBytes(8);
  const iv = randomBytes(12);
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

const fileBytes = randomBytes(200);
const cases = [
  { name: 'text', body: { text: 'from the Go CLI — ünïcödé', file: NO_FILE } },
  {
    name: 'file',
    body: {
      text: 'with a file',
      file: { data: fileBytes.toString('base64'), filename: 'a.png', mimeType: 'image/png' },
    },
  },
  { name: 'public', public: true, body: { text: 'a public <paste> & "more"', file: NO_FILE } },
  { name: 'burn', burn: true, views: 3, time: '1h', body: { text: 'burn me', file: NO_FILE } },
];

const vectors = cases.map((c) => {
  const key = c.public ? null : cliKey();
  const plaintext = JSON.stringify(c.body);
  const sealed = key ? encrypt(key, plaintext) : { text: plaintext, encParams: EMPTY_PARAMS };
  const envelope = {
    event: 'newText',
    sender: '',
    data: {
      text: sealed.text,
      private: !c.public,
      burn: c.burn === true,
      burn_view: c.views ?? 1,
      encParams: sealed.encParams,
      ipfs: false,
      expiration_time: c.time ?? '',
      expiration_height: -1,
    },
  };
  const file = c.body.file.data
    ? [{ name: 'a.png', type: 'image/png', dataHex: fileBytes.toString('hex') }]
    : [];
  return {
    name: `go cli: ${c.name}`,
    key,
    message: Buffer.from(JSON.stringify(envelope)).toString('base64'),
    expected: {
      public: c.public === true,
      burnViews: c.burn ? c.views : null,
      expirySeconds: c.time === '1h' ? 3600 : null,
      content: { text: c.body.text, attachments: file },
    },
  };
});

const out = new URL('./go-cli-requests.json', import.meta.url);
writeFileSync(
  out,
  JSON.stringify({ generator: 'generate-go-cli-requests.mjs', vectors }, null, 2) + '\n',
);
console.log(`wrote ${vectors.length} vectors`);
