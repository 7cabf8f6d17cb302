/** A preview the page can show without ever rendering HTML or SVG. */
export interface MediaKind {
  readonly kind: 'image' | 'audio' | 'video' | 'pdf';
  /** The type the page gives the preview's blob: decided by the bytes, never by the name. */
  readonly mime: string;
}

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((byte, i) => bytes[offset + i] === byte);
}

function ascii(text: string): number[] {
  return Array.from(text, (char) => char.charCodeAt(0));
}

function isoBrand(bytes: Uint8Array): string | undefined {
  if (!startsWith(bytes, ascii('ftyp'), 4) || bytes.length < 12) return undefined;
  return String.fromCharCode(...bytes.subarray(8, 12));
}

const SIGNATURES: readonly (readonly [test: (b: Uint8Array) => boolean, kind: MediaKind])[] = [
  [
    (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    { kind: 'image', mime: 'image/png' },
  ],
  [(b) => startsWith(b, [0xff, 0xd8, 0xff]), { kind: 'image', mime: 'image/jpeg' }],
  [
    (b) => startsWith(b, ascii('GIF87a')) || startsWith(b, ascii('GIF89a')),
    { kind: 'image', mime: 'image/gif' },
  ],
  [
    (b) => startsWith(b, ascii('RIFF')) && startsWith(b, ascii('WEBP'), 8),
    { kind: 'image', mime: 'image/webp' },
  ],
  [(b) => ['avif', 'avis'].includes(isoBrand(b) ?? ''), { kind: 'image', mime: 'image/avif' }],
  [(b) => startsWith(b, ascii('%PDF-')), { kind: 'pdf', mime: 'application/pdf' }],
  [
    (b) => startsWith(b, ascii('RIFF')) && startsWith(b, ascii('WAVE'), 8),
    { kind: 'audio', mime: 'audio/wav' },
  ],
  [(b) => startsWith(b, ascii('OggS')), { kind: 'audio', mime: 'audio/ogg' }],
  [(b) => startsWith(b, ascii('fLaC')), { kind: 'audio', mime: 'audio/flac' }],
  [
    (b) =>
      startsWith(b, ascii('ID3')) || (b.length > 1 && b[0] === 0xff && (b[1]! & 0xe6) === 0xe2),
    { kind: 'audio', mime: 'audio/mpeg' },
  ],
  [(b) => isoBrand(b) === 'M4A ', { kind: 'audio', mime: 'audio/mp4' }],
  [(b) => startsWith(b, [0x1a, 0x45, 0xdf, 0xa3]), { kind: 'video', mime: 'video/webm' }],
  [(b) => isoBrand(b) !== undefined, { kind: 'video', mime: 'video/mp4' }],
];

/**
 * Recognises the formats the page previews by their magic bytes. HTML, SVG, XML and anything
 * unknown get no preview (only a download), whatever the attachment's name or claimed type
 * says: the name and type are untrusted text.
 * @example sniffMedia(pngBytes) // { kind: 'image', mime: 'image/png' }
 */
export function sniffMedia(bytes: Uint8Array): MediaKind | undefined {
  return SIGNATURES.find(([test]) => test(bytes))?.[1];
}
