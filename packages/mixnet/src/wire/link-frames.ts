import { PACKET_LENGTH } from '@pastenym/sphinx';
import { MixnetError } from '../errors.js';

/** Frames on node-to-node links: u32 big-endian length, then a Sphinx packet. */
export const FRAME_HEADER_LENGTH = 4;

/** Prefixes a packet with its length. */
export function encodeFrame(packet: Uint8Array): Uint8Array {
  const frame = new Uint8Array(FRAME_HEADER_LENGTH + packet.length);
  new DataView(frame.buffer).setUint32(0, packet.length);
  frame.set(packet, FRAME_HEADER_LENGTH);
  return frame;
}

/**
 * Splits a byte stream into frames. Every frame on a link is one packet, so any other length
 * means the peer is broken or hostile: the decoder throws and the link is closed.
 */
export class FrameDecoder {
  private buffered: Uint8Array = new Uint8Array(0);

  /**
   * Adds received bytes; returns the complete frames' bodies.
   * @throws {MixnetError} `mixnet.bad_frame` on a length other than a packet's.
   */
  push(chunk: Uint8Array): Uint8Array[] {
    let data = chunk;
    if (this.buffered.length > 0) {
      data = new Uint8Array(this.buffered.length + chunk.length);
      data.set(this.buffered);
      data.set(chunk, this.buffered.length);
    }
    const frames: Uint8Array[] = [];
    let offset = 0;
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    while (data.length - offset >= FRAME_HEADER_LENGTH) {
      const length = view.getUint32(offset);
      if (length !== PACKET_LENGTH)
        throw new MixnetError('mixnet.bad_frame', `frame of ${length} bytes`);
      if (data.length - offset - FRAME_HEADER_LENGTH < length) break;
      // Views, not copies: nodes process a packet as soon as it arrives and keep only the result.
      frames.push(
        data.subarray(offset + FRAME_HEADER_LENGTH, offset + FRAME_HEADER_LENGTH + length),
      );
      offset += FRAME_HEADER_LENGTH + length;
    }
    this.buffered = data.slice(offset);
    return frames;
  }
}
