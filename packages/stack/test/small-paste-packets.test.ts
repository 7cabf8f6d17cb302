// What the paste format's smallest bucket costs on the mixnet: a read of a short paste is one
// packet back, whatever the paste (a 1 KiB file does not compress).
import { randomBytes } from 'node:crypto';
import { createNodeCrypto } from '@pastenym/crypto/node';
import { FRAGMENT_DATA_LENGTH } from '@pastenym/mixnet';
import { encodeReply, paddedLength, sealPaste, type PasteContent } from '@pastenym/paste-protocol';
import { describe, expect, it } from 'vitest';

const crypto = createNodeCrypto();
const U32_MAX = 2 ** 32 - 1;

/** The largest v3 `paste` reply of `bundle`: a 16-byte request id, both counts at their widest. */
function largestPasteReply(bundle: Uint8Array): Uint8Array {
  const id = 'A'.repeat(22);
  return encodeReply({
    op: 'paste',
    id,
    remainingViews: U32_MAX,
    expiresIn: U32_MAX,
    bundle,
    format: 'v3',
  });
}

async function sealedLength(content: PasteContent, isPublic = false): Promise<number> {
  const options = { expirySeconds: 86_400, maxViews: null, public: isPublic };
  const sealed = await sealPaste({ crypto }, content, options);
  return sealed.bundle.length;
}

describe('the smallest padding bucket', () => {
  it('is read in one mixnet fragment, with the widest reply header', async () => {
    const smallest = await sealedLength({ text: '', attachments: [] });
    expect(smallest).toBe(paddedLength(0) + 90);
    expect(largestPasteReply(new Uint8Array(smallest)).length).toBeLessThanOrEqual(
      FRAGMENT_DATA_LENGTH,
    );
  });

  it('holds a 1 KiB file and 1 KiB of text', async () => {
    const file = { name: 'data.bin', type: 'application/octet-stream', data: randomBytes(1024) };
    const text = randomBytes(768).toString('base64');
    const sizes = [
      await sealedLength({ text: '', attachments: [file] }),
      await sealedLength({ text, attachments: [] }),
      await sealedLength({ text, attachments: [] }, true),
    ];
    for (const size of sizes) {
      expect(largestPasteReply(new Uint8Array(size)).length).toBeLessThanOrEqual(
        FRAGMENT_DATA_LENGTH,
      );
    }
  });
});
