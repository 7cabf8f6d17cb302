import { decodeBase64 } from '@pastenym/crypto';

/** Decodes base64 (either alphabet, strict); `undefined` when invalid (never throws). */
export function tryDecodeBase64(text: string): Uint8Array | undefined {
  try {
    return decodeBase64(text);
  } catch {
    return undefined;
  }
}

/** True for unpadded base64url text (the alphabet of ids and tokens). */
export function isBase64UrlText(text: string, minLength: number, maxLength: number): boolean {
  return text.length >= minLength && text.length <= maxLength && /^[A-Za-z0-9_-]*$/.test(text);
}
