// What the paste format's smallest bucket costs on the mixnet: a short paste is one fragment
// of data each way, in its create request (sent with no reply blocks after a ping: see
// `REPLY_BLOCKS.ping`) and in its read's reply, whatever the paste (a 1 KiB file does not
// compress).
import { randomBytes } from 'node:crypto';
import { createNodeCrypto } from '@pastenym/crypto/node';
import { FRAGMENT_DATA_LENGTH } from '@pastenym/mixnet';
import {
  encodeReply,
  encodeRequest,
  paddedLength,
  sealPaste,
  type PasteContent,
} from '@pastenym/paste-protocol';
import { describe, expect, it } from 'vitest';

const crypto = createNodeCrypto();
const U32_MAX = 2 ** 32 - 1;

const id = 'A'.repeat(22);

/** The largest v3 `paste` reply of `bundle`: both counts at their widest. */
function largestPasteReply(bundle: Uint8Array): Uint8Array {
  return encodeReply({
    op: 'paste',
    id,
    remainingViews: U32_MAX,
    expiresIn: U32_MAX,
    bundle,
    format: 'v3',
  });
}

/** The largest v3 create request of `bundle`: every option and the work at their widest. */
function largestCreateRequest(bundle: Uint8Array): Uint8Array {
  return encodeRequest({
    op: 'create',
    id,
    options: { expirySeconds: U32_MAX, maxViews: U32_MAX, public: true },
    pow: { difficulty: 256, nonce: new Uint8Array(8) },
    bundle,
  });
}

/**
 * What the mixnet's message envelope adds (`mixnet/src/client/envelope.ts`): to a request sent
 * anonymously with no reply blocks, a kind byte, the sender tag (16) and a block count (4); to a
 * reply, a kind byte.
 */
const ANONYMOUS_ENVELOPE = 1 + 16 + 4;
const REPLY_ENVELOPE = 1;

/** True when `bundle` is one fragment of data both ways: created, and read back. */
function travelsInOneFragment(bundle: Uint8Array): boolean {
  return (
    ANONYMOUS_ENVELOPE + largestCreateRequest(bundle).length <= FRAGMENT_DATA_LENGTH &&
    REPLY_ENVELOPE + largestPasteReply(bundle).length <= FRAGMENT_DATA_LENGTH
  );
}

async function sealedLength(content: PasteContent, isPublic = false): Promise<number> {
  const options = { expirySeconds: 86_400, maxViews: null, public: isPublic };
  const sealed = await sealPaste({ crypto }, content, options);
  return sealed.bundle.length;
}

describe('the smallest padding bucket', () => {
  it('is one mixnet fragment each way, with the widest headers', async () => {
    const smallest = await sealedLength({ text: '', attachments: [] });
    expect(smallest).toBe(paddedLength(0) + 90);
    expect(travelsInOneFragment(new Uint8Array(smallest))).toBe(true);
  });

  it('holds a 1 KiB file and 1 KiB of text', async () => {
    const file = { name: 'data.bin', type: 'application/octet-stream', data: randomBytes(1024) };
    const text = randomBytes(768).toString('base64');
    const sizes = [
      await sealedLength({ text: '', attachments: [file] }),
      await sealedLength({ text, attachments: [] }),
      await sealedLength({ text, attachments: [] }, true),
    ];
    for (const size of sizes) expect(travelsInOneFragment(new Uint8Array(size))).toBe(true);
  });
});
