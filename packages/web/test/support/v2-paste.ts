// Plants a paste the way Pastenym v2 clients made them (SJCL parameters: PBKDF2-SHA256 over
// the key string, 10,000 iterations, AES-256-GCM), with node:crypto only, through the v2 API.
import { createCipheriv, pbkdf2Sync, randomBytes } from 'node:crypto';
import type { PasteService } from '@pastenym/server';

/** Creates a v2 paste holding `text`; returns its id and the 32-hex-character v2 key. */
export async function plantV2Paste(
  service: PasteService,
  text: string,
): Promise<{ id: string; key: string }> {
  const key = randomBytes(16).toString('hex');
  const salt = randomBytes(8);
  const iv = randomBytes(12);
  const aesKey = pbkdf2Sync(Buffer.from(key, 'utf8'), salt, 10_000, 32, 'sha256');
  const cipher = createCipheriv('aes-256-gcm', aesKey, iv);
  const body = JSON.stringify({ text, file: null });
  const sealed = Buffer.concat([cipher.update(body, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  const request = {
    event: 'newText',
    data: {
      text: sealed.toString('base64'),
      private: true,
      burn: false,
      burn_view: 0,
      ipfs: false,
      expiration_time: '1 week',
      expiration_height: null,
      encParams: {
        iv: iv.toString('base64'),
        v: 1,
        iter: 10_000,
        ks: 256,
        ts: 128,
        mode: 'gcm',
        adata: '',
        cipher: 'aes',
        salt: salt.toString('base64'),
      },
    },
  };
  const reply = await service.handle(new TextEncoder().encode(JSON.stringify(request)), {
    now: Date.now(),
  });
  const parsed = JSON.parse(new TextDecoder().decode(reply ?? new Uint8Array())) as {
    url_id?: string;
  };
  if (!parsed.url_id) throw new Error('the v2 create was refused');
  return { id: parsed.url_id, key };
}
