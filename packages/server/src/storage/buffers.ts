import { Buffer } from 'node:buffer';

/** Wraps bytes as a Buffer without copying, the form both database drivers bind as a blob. */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
