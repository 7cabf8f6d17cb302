import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sniffMedia } from '../src/render/sniff.js';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(
    parts.flatMap((part) =>
      typeof part === 'string' ? Array.from(part, (c) => c.charCodeAt(0)) : part,
    ),
  );

describe('sniffMedia', () => {
  it('recognises the previewable formats by their magic bytes', () => {
    expect(sniffMedia(bytes([0x89], 'PNG\r\n', [0x1a, 0x0a], 'rest'))).toEqual({
      kind: 'image',
      mime: 'image/png',
    });
    expect(sniffMedia(bytes([0xff, 0xd8, 0xff, 0xe0]))).toEqual({
      kind: 'image',
      mime: 'image/jpeg',
    });
    expect(sniffMedia(bytes('GIF89a'))).toEqual({ kind: 'image', mime: 'image/gif' });
    expect(sniffMedia(bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '))).toEqual({
      kind: 'image',
      mime: 'image/webp',
    });
    expect(sniffMedia(bytes([0, 0, 0, 0x1c], 'ftypavif'))).toEqual({
      kind: 'image',
      mime: 'image/avif',
    });
    expect(sniffMedia(bytes('%PDF-1.7'))).toEqual({ kind: 'pdf', mime: 'application/pdf' });
    expect(sniffMedia(bytes('RIFF', [0, 0, 0, 0], 'WAVEfmt '))).toEqual({
      kind: 'audio',
      mime: 'audio/wav',
    });
    expect(sniffMedia(bytes('OggS'))).toEqual({ kind: 'audio', mime: 'audio/ogg' });
    expect(sniffMedia(bytes('ID3', [4, 0]))).toEqual({ kind: 'audio', mime: 'audio/mpeg' });
    expect(sniffMedia(bytes([0x1a, 0x45, 0xdf, 0xa3]))).toEqual({
      kind: 'video',
      mime: 'video/webm',
    });
    expect(sniffMedia(bytes([0, 0, 0, 0x20], 'ftypisom'))).toEqual({
      kind: 'video',
      mime: 'video/mp4',
    });
  });

  it('never previews markup, whatever follows', () => {
    const markup = fc.tuple(
      fc.constantFrom('<svg', '<?xml', '<!doctype html>', '<html', ' <script'),
      fc.uint8Array(),
    );
    fc.assert(
      fc.property(
        markup,
        ([start, rest]) => sniffMedia(bytes(start, Array.from(rest))) === undefined,
      ),
    );
    expect(sniffMedia(new Uint8Array())).toBeUndefined();
  });
});
