// The sealing of Pastenym v2 clients, with node:crypto only (independently of this package's
// code), shared by the vector generators here: the frozen vectors are the reference made from
// v2's parameters, and a vector sealed by our own code could not catch a mistake we share.
import { createCipheriv, pbkdf2Sync, randomBytes } from 'node:crypto';

const ALPHANUMERIC = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A key as the Go CLI drew it: 32 characters of [0-9a-z]. */
export function cliKey() {
  return Array.from(randomBytes(32), (b) => ALPHANUMERIC[b % 36]).join('');
}

// PBKDF2-HMAC-SHA256(key string, 8-byte salt, 10,000) -> AES-256-GCM, empty associated data,
// ciphertext || 128-bit tag in base64: what SJCL (web) and the Go CLI both produced.
export function sealV2(key, plaintext, ivLength) {
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
