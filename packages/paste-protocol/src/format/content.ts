import { concatBytes, utf8 } from '@pastenym/crypto';
import { z } from 'zod';
import { decodeUtf8Strict, parseJson } from '../internal/json.js';
import { readU32, u32Bytes } from '../internal/bytes.js';

/** A file carried with a paste. `name` and `type` are untrusted text: never render as HTML. */
export interface Attachment {
  readonly name: string;
  readonly type: string;
  readonly data: Uint8Array;
}

/** What a paste holds: text and any number of attachments, sealed together in one bundle. */
export interface PasteContent {
  readonly text: string;
  readonly attachments: readonly Attachment[];
}

const MAX_ATTACHMENTS = 1000;

const headerSchema = z.strictObject({
  text: z.string(),
  attachments: z
    .array(
      z.strictObject({
        name: z.string().max(1024),
        type: z.string().max(255),
        size: z.number().int().min(0),
      }),
    )
    .max(MAX_ATTACHMENTS),
});

/**
 * Serialises content as `u32 header length | JSON {text, attachments: [{name, type, size}]} |
 * attachment bytes...`: files stay raw bytes (v2 sent JSON arrays of numbers, 8x larger).
 * @throws {RangeError} with more than 1000 attachments, or names/types over 1024/255 characters.
 */
export function encodeContent(content: PasteContent): Uint8Array {
  const header = {
    text: content.text,
    attachments: content.attachments.map((a) => ({
      name: a.name,
      type: a.type,
      size: a.data.length,
    })),
  };
  if (!headerSchema.safeParse(header).success) throw new RangeError('invalid paste content');
  const json = utf8(JSON.stringify(header));
  return concatBytes(u32Bytes(json.length), json, ...content.attachments.map((a) => a.data));
}

/** Parses {@link encodeContent}'s output; `undefined` when malformed (never throws). */
export function decodeContent(bytes: Uint8Array): PasteContent | undefined {
  if (bytes.length < 4) return undefined;
  const headerLength = readU32(bytes, 0);
  if (headerLength > bytes.length - 4) return undefined;
  const text = decodeUtf8Strict(bytes.subarray(4, 4 + headerLength));
  const parsed = headerSchema.safeParse(text === undefined ? undefined : parseJson(text));
  if (!parsed.success) return undefined;
  let offset = 4 + headerLength;
  const attachments: Attachment[] = [];
  for (const { name, type, size } of parsed.data.attachments) {
    if (size > bytes.length - offset) return undefined;
    attachments.push({ name, type, data: bytes.slice(offset, offset + size) });
    offset += size;
  }
  if (offset !== bytes.length) return undefined;
  return { text: parsed.data.text, attachments };
}
