import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { decodeBase64, encodeBase64 } from '@pastenym/crypto';
import { openLegacyPaste, validateEncParams, type SjclParams } from '../src/index.js';
import { providers, readableContent } from './helpers.js';

interface Vector {
  name: string;
  key: string | null;
  text: string;
  encParams: SjclParams | null;
  expected: { text: string; attachments: { name: string; type: string; dataHex: string }[] };
}

const { vectors } = JSON.parse(
  readFileSync(new URL('./vectors/v2-vectors.json', import.meta.url), 'utf8'),
) as { vectors: Vector[] };

describe.each(providers)('v2 pastes on $name', (crypto) => {
  const deps = { crypto };

  it.each(vectors)('open: $name', async (vector) => {
    expect(validateEncParams(vector.encParams ?? '')).toMatchObject({ ok: true });
    const content = await openLegacyPaste(deps, vector, vector.key ?? undefined);
    expect(readableContent(content)).toEqual(vector.expected);
  });

  const encrypted = vectors.find((v) => v.encParams !== null)!;

  it('refuse a wrong key, a missing key and altered ciphertext', async () => {
    await expect(openLegacyPaste(deps, encrypted, 'f'.repeat(32))).rejects.toMatchObject({
      code: 'legacy.auth_failed',
    });
    await expect(openLegacyPaste(deps, encrypted, undefined)).rejects.toMatchObject({
      code: 'format.wrong_key',
    });
    const bytes = decodeBase64(encrypted.text);
    bytes[0] = bytes[0]! ^ 1;
    await expect(
      openLegacyPaste(deps, { ...encrypted, text: encodeBase64(bytes) }, encrypted.key!),
    ).rejects.toMatchObject({ code: 'legacy.auth_failed' });
  });

  it('refuse SJCL modes v2 clients did not use for GCM pastes', async () => {
    const params = encrypted.encParams!;
    for (const other of [{ mode: 'ccm' as const }, { ks: 128 as const }, { ts: 64 as const }]) {
      await expect(
        openLegacyPaste(deps, { ...encrypted, encParams: { ...params, ...other } }, encrypted.key!),
      ).rejects.toMatchObject({ code: 'legacy.unsupported' });
    }
    await expect(
      openLegacyPaste(deps, { text: 'not json', encParams: null }, undefined),
    ).rejects.toMatchObject({
      code: 'legacy.malformed',
    });
  });
});
