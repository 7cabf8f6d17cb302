// Generates go-cli-requests.json: newText requests byte for byte as the original Go CLI (1.2.x)
// sent them, with node:crypto only (independently of this package's code). The Go CLI
// marshals a struct, so every field is always present: no file is
// `"file":{"data":null,"filename":"","mimeType":""}` (Go's nil []byte marshals to null), a file's
// bytes are base64 (Go's []byte), public pastes carry an all-empty `encParams`, no height is
// -1, and the whole envelope is base64 before it goes to the nym-client.
// Run: node test/vectors/generate-go-cli-requests.mjs
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { cliKey, sealV2 } from './v2-seal.mjs';

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
/** The Go CLI's IV: 96 bits. */
const IV_LENGTH = 12;

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
  const sealed = key
    ? sealV2(key, plaintext, IV_LENGTH)
    : { text: plaintext, encParams: EMPTY_PARAMS };
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
