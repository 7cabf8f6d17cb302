import { concatBytes } from '@pastenym/crypto';
import { PasteProtocolError } from '../errors.js';

/** Compresses with raw DEFLATE (`CompressionStream`, native in Node and browsers). */
export function deflateRaw(data: Uint8Array): Promise<Uint8Array> {
  return pump(data, new CompressionStream('deflate-raw'), Number.MAX_SAFE_INTEGER);
}

/**
 * Decompresses raw DEFLATE, stopping as soon as the output would exceed `maxOutput` bytes: a
 * few kilobytes of DEFLATE can expand to gigabytes (a decompression bomb).
 * @throws {PasteProtocolError} `format.too_large` past `maxOutput`, `format.malformed` on
 *   invalid data.
 */
export function inflateRaw(data: Uint8Array, maxOutput: number): Promise<Uint8Array> {
  return pump(data, new DecompressionStream('deflate-raw'), maxOutput);
}

async function pump(
  data: Uint8Array,
  transform: { readable: ReadableStream<Uint8Array>; writable: WritableStream<Uint8Array> },
  maxOutput: number,
): Promise<Uint8Array> {
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(data);
      controller.close();
    },
  });
  const reader = source.pipeThrough(transform).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > maxOutput) {
        await reader.cancel();
        throw new PasteProtocolError('format.too_large', `content exceeds ${maxOutput} bytes`);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof PasteProtocolError) throw error;
    throw new PasteProtocolError('format.malformed', 'invalid compressed data', { cause: error });
  }
  return concatBytes(...chunks);
}
