// Both decoders keep a leading U+FEFF, as Rust does: it is part of the message.
const LOSSY = new TextDecoder('utf-8', { ignoreBOM: true });
const STRICT = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const ENCODER = new TextEncoder();

/** UTF-8 bytes of a string. */
export function utf8Encode(text: string): Uint8Array {
  return ENCODER.encode(text);
}

/**
 * Decodes UTF-8, replacing each maximal invalid subsequence with U+FFFD: the same result as
 * Rust's `String::from_utf8_lossy`, which the real client uses for text-mode `received`.
 */
export function utf8DecodeLossy(bytes: Uint8Array): string {
  return LOSSY.decode(bytes);
}

/** Decodes UTF-8, or returns null when `bytes` is not valid UTF-8. */
export function utf8DecodeStrict(bytes: Uint8Array): string | null {
  try {
    return STRICT.decode(bytes);
  } catch {
    return null;
  }
}
