import type { Attachment, PasteContent } from '@pastenym/paste-protocol';

/**
 * Bytes that are not UTF-8 (binary stdin) travel as a first attachment with an empty name,
 * since a paste's text is a string: `get` writes it back to stdout byte for byte. No file
 * dialog produces an empty name, so real attachments are never mistaken for it.
 */
export const BODY_ATTACHMENT_NAME = '';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Builds the content of a paste from its body (text, or raw bytes from stdin) and files.
 * Valid UTF-8 becomes the text (a byte-order mark included: nothing is dropped), anything
 * else the body attachment.
 * @example pasteContent(Uint8Array.of(0xff), []).attachments[0].name // ''
 */
export function pasteContent(
  body: string | Uint8Array,
  files: readonly Attachment[],
): PasteContent {
  if (typeof body === 'string') return { text: body, attachments: files };
  let text: string | undefined;
  try {
    text = strictUtf8.decode(body);
  } catch {
    text = undefined;
  }
  if (text !== undefined) return { text, attachments: files };
  const raw: Attachment = {
    name: BODY_ATTACHMENT_NAME,
    type: 'application/octet-stream',
    data: body,
  };
  return { text: '', attachments: [raw, ...files] };
}

/** A paste's body (text or raw bytes) and its real attachments. */
export interface SplitContent {
  readonly body: string | Uint8Array;
  readonly files: readonly Attachment[];
}

/**
 * The inverse of {@link pasteContent}: the body as text, or as the raw bytes it was created
 * from, and the other attachments.
 */
export function splitContent(content: PasteContent): SplitContent {
  const [first, ...rest] = content.attachments;
  if (content.text === '' && first?.name === BODY_ATTACHMENT_NAME) {
    return { body: first.data, files: rest };
  }
  return { body: content.text, files: content.attachments };
}
