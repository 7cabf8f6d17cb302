import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_PASSWORD_ITERATIONS,
  decodePasteKey,
  encodePasteKey,
  openPaste,
  readBundleHeader,
  sealPaste,
  webCryptoPbkdf2,
  type PasteContent,
} from '../src/index.js';
import { contentArb, pasteOptionsArb, providers } from './helpers.js';

const FAST = 10; // PBKDF2 iterations in tests; the default is exercised once below.
const private1 = { expirySeconds: 3600, maxViews: 1, public: false };
const hello: PasteContent = {
  text: 'hello',
  attachments: [{ name: 'a.txt', type: 'text/plain', data: Uint8Array.of(1, 2, 3) }],
};

describe.each(providers)('paste format on $name', (crypto) => {
  const deps = { crypto };

  it('round-trips content with and without password and attachments', async () => {
    await fc.assert(
      fc.asyncProperty(
        contentArb,
        pasteOptionsArb,
        fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: undefined }),
        async (content, options, password) => {
          const pw = options.public ? undefined : password;
          const sealed = await sealPaste(deps, content, {
            ...options,
            ...(pw !== undefined ? { password: pw, passwordIterations: FAST } : {}),
          });
          expect(sealed.key === null).toBe(options.public);
          const key = sealed.key ? encodePasteKey(sealed.key) : null;
          const opened = await openPaste(
            deps,
            sealed.bundle,
            key,
            pw !== undefined ? { password: pw } : {},
          );
          expect(opened).toEqual({ content, options, passwordProtected: pw !== undefined });
          expect(readBundleHeader(sealed.bundle)).toEqual({
            options,
            passwordProtected: pw !== undefined,
          });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('fails to open after any single-byte change, with a format error', async () => {
    const sealed = await sealPaste(deps, hello, {
      ...private1,
      password: 'pw',
      passwordIterations: FAST,
    });
    const codes = new Set<string>();
    for (let i = 0; i < sealed.bundle.length; i++) {
      const bundle = sealed.bundle.slice();
      bundle[i] = bundle[i]! ^ 0x01;
      const error = await openPaste(deps, bundle, sealed.key, { password: 'pw' }).then(
        () => undefined,
        (e: unknown) => e as { code: string },
      );
      expect(error?.code, `byte ${i}`).toMatch(/^format\./);
      codes.add(error!.code);
    }
    expect([...codes].sort()).toEqual([
      'format.malformed',
      'format.tampered',
      'format.unsupported',
      'format.wrong_key',
      'format.wrong_password',
    ]);
  });

  it('binds the options: a rewritten expiry or view limit is reported as tampering', async () => {
    const sealed = await sealPaste(deps, hello, private1);
    const views = sealed.bundle.slice();
    new DataView(views.buffer).setUint32(6, 0); // unlimited views
    const expiry = sealed.bundle.slice();
    new DataView(expiry.buffer).setUint32(2, 31_536_000);
    const madePublic = sealed.bundle.slice();
    madePublic[1] = 2; // the public flag on an encrypted bundle: inconsistent, refused
    await expect(openPaste(deps, views, sealed.key)).rejects.toMatchObject({
      code: 'format.tampered',
    });
    await expect(openPaste(deps, expiry, sealed.key)).rejects.toMatchObject({
      code: 'format.tampered',
    });
    await expect(openPaste(deps, madePublic, sealed.key)).rejects.toMatchObject({
      code: 'format.malformed',
    });
  });

  it('tells a wrong key, a missing password and a wrong password apart', async () => {
    const sealed = await sealPaste(deps, hello, {
      ...private1,
      password: 'right',
      passwordIterations: FAST,
    });
    const otherKey = crypto.randomBytes(32);
    await expect(
      openPaste(deps, sealed.bundle, otherKey, { password: 'right' }),
    ).rejects.toMatchObject({
      code: 'format.wrong_key',
    });
    await expect(openPaste(deps, sealed.bundle, 'not-base58!', {})).rejects.toMatchObject({
      code: 'format.wrong_key',
    });
    await expect(openPaste(deps, sealed.bundle, null)).rejects.toMatchObject({
      code: 'format.wrong_key',
    });
    await expect(openPaste(deps, sealed.bundle, sealed.key)).rejects.toMatchObject({
      code: 'format.password_required',
    });
    await expect(
      openPaste(deps, sealed.bundle, sealed.key, { password: 'wrong' }),
    ).rejects.toMatchObject({
      code: 'format.wrong_password',
    });
    const opened = await openPaste(deps, sealed.bundle, sealed.key, { password: 'right' });
    expect(opened.content).toEqual(hello);
  });

  it('normalises passwords (NFC) so the same password typed anywhere opens the paste', async () => {
    const sealed = await sealPaste(deps, hello, {
      ...private1,
      password: 'caf\u00e9',
      passwordIterations: FAST,
    });
    const opened = await openPaste(deps, sealed.bundle, sealed.key, { password: 'cafe\u0301' });
    expect(opened.content).toEqual(hello);
  });

  it('refuses content that decompresses past the cap (decompression bomb)', async () => {
    const bomb = { text: 'a'.repeat(2_000_000), attachments: [] };
    const sealed = await sealPaste(deps, bomb, private1);
    expect(sealed.bundle.length).toBeLessThan(20_000);
    await expect(
      openPaste(deps, sealed.bundle, sealed.key, { maxContentBytes: 1_000_000 }),
    ).rejects.toMatchObject({ code: 'format.too_large' });
    const opened = await openPaste(deps, sealed.bundle, sealed.key, { maxContentBytes: 3_000_000 });
    expect(opened.content.text.length).toBe(2_000_000);
  });

  it('pads: bundle sizes depend on the size bucket only', async () => {
    const sizes = new Set<number>();
    for (const length of [0, 10, 200, 900]) {
      const random = Array.from(crypto.randomBytes(length), (b) =>
        String.fromCharCode(33 + (b % 90)),
      );
      const sealed = await sealPaste(deps, { text: random.join(''), attachments: [] }, private1);
      sizes.add(sealed.bundle.length);
    }
    expect([...sizes]).toEqual([74 + 1312 + 16]);
  });
});

describe('paste format details', () => {
  const deps = { crypto: providers[0]! };

  it('keeps public pastes unencrypted and refuses passwords on them', async () => {
    const options = { expirySeconds: 300, maxViews: null, public: true };
    const sealed = await sealPaste(deps, { text: 'public words', attachments: [] }, options);
    expect(sealed.key).toBeNull();
    expect((await openPaste(deps, sealed.bundle, null)).content.text).toBe('public words');
    await expect(sealPaste(deps, hello, { ...options, password: 'x' })).rejects.toThrow(RangeError);
    await expect(sealPaste(deps, hello, { ...private1, password: '' })).rejects.toThrow(RangeError);
  });

  it('uses 600,000 PBKDF2 iterations by default', async () => {
    const sealed = await sealPaste(deps, hello, { ...private1, password: 'default' });
    expect(new DataView(sealed.bundle.buffer).getUint32(26)).toBe(DEFAULT_PASSWORD_ITERATIONS);
    expect(DEFAULT_PASSWORD_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const opened = await openPaste(deps, sealed.bundle, sealed.key, { password: 'default' });
    expect(opened.content).toEqual(hello);
  });

  it('matches PBKDF2-HMAC-SHA256 test vectors (RFC 7914 section 11)', async () => {
    const out = await webCryptoPbkdf2(
      new TextEncoder().encode('passwd'),
      new TextEncoder().encode('salt'),
      1,
      64,
    );
    expect(Buffer.from(out).toString('hex')).toBe(
      '55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783',
    );
  });

  it('encodes link keys in base58 and rejects other lengths', () => {
    const key = deps.crypto.randomBytes(32);
    expect(decodePasteKey(encodePasteKey(key))).toEqual(key);
    expect(decodePasteKey(encodePasteKey(key.subarray(0, 31)))).toBeUndefined();
    expect(decodePasteKey('0OIl')).toBeUndefined();
  });

  it('never throws anything but its own errors on garbage bundles', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), async (bytes) => {
        if (bytes.length > 0) bytes[0] = 3;
        const error = await openPaste(deps, bytes, deps.crypto.randomBytes(32)).catch(
          (e: unknown) => e,
        );
        expect(error).toMatchObject({ name: 'PasteProtocolError' });
      }),
      { numRuns: 50 },
    );
  });
});
