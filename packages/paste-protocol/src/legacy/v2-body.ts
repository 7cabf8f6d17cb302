import { tryDecodeBase64 } from '../internal/base64.js';
import { isRecord, parseJson } from '../internal/json.js';
import type { Attachment, PasteContent } from '../format/content.js';
import { unescapeV2Html } from '../v2/html-escape.js';

/**
 * Parses a v2 plaintext body, `{"text": ..., "file": null | {data, filename, mimeType}}`, where
 * `data` is an array of byte values (web client), an object of them (a serialised Uint8Array)
 * or a base64 string (Go CLI). "No file" comes as `file: null`, a missing `file`, or (Go CLI,
 * whose nil byte slice marshals to null) `{"data": null, "filename": "", "mimeType": ""}`.
 * Empty or missing names and types get defaults. The v2 server stored public texts HTML-escaped,
 * so escaped text is unescaped when it is not JSON as it stands. `undefined` when malformed
 * (never throws).
 */
export function parseV2Body(text: string): PasteContent | undefined {
  const body = parseJson(text) ?? parseJson(unescapeV2Html(text));
  if (!isRecord(body)) return undefined;
  const bodyText = body['text'] ?? '';
  if (typeof bodyText !== 'string') return undefined;
  const file = body['file'];
  if (file === null || file === undefined) return { text: bodyText, attachments: [] };
  if (!isRecord(file)) return undefined;
  if (file['data'] === null || file['data'] === undefined) {
    return { text: bodyText, attachments: [] };
  }
  const data = fileBytes(file['data']);
  if (!data) return undefined;
  const attachment: Attachment = {
    name: nonEmpty(file['filename']) ?? 'file',
    type: nonEmpty(file['mimeType']) ?? 'application/octet-stream',
    data,
  };
  return { text: bodyText, attachments: [attachment] };
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function fileBytes(data: unknown): Uint8Array | undefined {
  if (typeof data === 'string') return tryDecodeBase64(data);
  const values: readonly unknown[] | undefined = Array.isArray(data)
    ? (data as unknown[])
    : isRecord(data)
      ? Object.values(data)
      : undefined;
  if (!values) return undefined;
  const out = new Uint8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 255) {
      return undefined;
    }
    out[i] = value;
  }
  return out;
}
