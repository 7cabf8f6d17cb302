// The v2 paste builder other packages' tests use: what it seals must decrypt with node:crypto
// alone under SJCL's parameters (as the frozen vectors do), and open with the legacy reader.
import { createDecipheriv, pbkdf2Sync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeBase64 } from '@pastenym/crypto';
import { openLegacyPaste, validateEncParams } from '../src/index.js';
import { sealV2Paste, v2Body } from '../src/testing/index.js';
import { providers } from './helpers.js';

/** SJCL's GCM decryption, done independently of the package. */
function sjclDecrypt(key: string, text: string, params: { iv: string; salt: string }): string {
  const sealed = Buffer.from(text, 'base64');
  const aesKey = pbkdf2Sync(key, Buffer.from(params.salt, 'base64'), 10_000, 32, 'sha256');
  const decipher = createDecipheriv('aes-256-gcm', aesKey, Buffer.from(params.iv, 'base64'));
  decipher.setAuthTag(sealed.subarray(sealed.length - 16));
  return Buffer.concat([decipher.update(sealed.subarray(0, -16)), decipher.final()]).toString();
}

describe.each(providers)('sealV2Paste on $name', (crypto) => {
  it.each([12, 16] as const)('seals what SJCL opens, with a %i-byte IV', async (ivBytes) => {
    const key = 'f6dbf3a3da958fb6742abd74f85d8bf4';
    const body = v2Body('ünïcödé ✓');
    const sealed = await sealV2Paste({ crypto }, key, body, ivBytes);
    expect(validateEncParams(sealed.encParams)).toEqual({ ok: true, params: sealed.encParams });
    expect(decodeBase64(sealed.encParams.iv)).toHaveLength(ivBytes);
    expect(sjclDecrypt(key, sealed.text, sealed.encParams)).toBe(body);
    const opened = await openLegacyPaste({ crypto }, sealed, key);
    expect(opened).toEqual({ text: 'ünïcödé ✓', attachments: [] });
  });

  it('draws a fresh salt and IV for every paste', async () => {
    const [a, b] = await Promise.all([
      sealV2Paste({ crypto }, 'k', v2Body('x')),
      sealV2Paste({ crypto }, 'k', v2Body('x')),
    ]);
    expect(a.encParams.salt).not.toBe(b.encParams.salt);
    expect(a.encParams.iv).not.toBe(b.encParams.iv);
    expect(a.text).not.toBe(b.text);
  });
});
