// Plants a paste the way Pastenym v2 clients made them (SJCL parameters: PBKDF2-SHA256 over
// the key string, 10,000 iterations, AES-256-GCM), through the v2 API.
import { encodeHex } from '@pastenym/crypto';
import { createNodeCrypto } from '@pastenym/crypto/node';
import { sealV2Paste, v2Body } from '@pastenym/paste-protocol/testing';
import type { PasteService } from '@pastenym/server';

const crypto = createNodeCrypto();

/** Creates a v2 paste holding `text`; returns its id and the 32-hex-character v2 key. */
export async function plantV2Paste(
  service: PasteService,
  text: string,
): Promise<{ id: string; key: string }> {
  const key = encodeHex(crypto.randomBytes(16));
  const sealed = await sealV2Paste({ crypto }, key, v2Body(text));
  const request = {
    event: 'newText',
    data: {
      ...sealed,
      private: true,
      burn: false,
      burn_view: 0,
      ipfs: false,
      expiration_time: '1 week',
      expiration_height: null,
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
