import type { RawData } from 'ws';
import type { Frame } from '../codec/types.js';

/** The bytes of a `ws` message, whatever shape `ws` delivered them in. */
export function rawBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/** A `ws` message as a frame. */
export function frameFromWs(data: RawData, isBinary: boolean): Frame {
  const bytes = rawBytes(data);
  return isBinary
    ? { type: 'binary', bytes }
    : { type: 'text', text: Buffer.from(bytes).toString('utf8') };
}

/** What to hand to `ws.send` for a frame (a string makes a text frame). */
export function wsPayload(frame: Frame): string | Uint8Array {
  return frame.type === 'text' ? frame.text : frame.bytes;
}
