import { concatBytes } from '@pastenym/crypto';
import { SURB_LENGTH } from '@pastenym/sphinx';

/*
 * What a reassembled message is, first byte a kind:
 *   00 PLAIN         data                                      sender -> recipient, no reply
 *   01 ANONYMOUS     sender tag 16 | surb count u32 | surbs | data
 *   02 SURB_TOPUP    sender tag 16 | surb count u32 | surbs     answer to a SURB_REQUEST
 *   03 REPLY         data                                      via reply blocks, to the sender
 *   04 SURB_REQUEST  count u32                                 via a reply block: "send more"
 */
export type Envelope =
  | { readonly kind: 'plain'; readonly data: Uint8Array }
  | {
      readonly kind: 'anonymous';
      readonly senderTag: Uint8Array;
      readonly surbs: Uint8Array[];
      readonly data: Uint8Array;
    }
  | { readonly kind: 'surbTopup'; readonly senderTag: Uint8Array; readonly surbs: Uint8Array[] }
  | { readonly kind: 'reply'; readonly data: Uint8Array }
  | { readonly kind: 'surbRequest'; readonly count: number };

const KIND = { plain: 0, anonymous: 1, surbTopup: 2, reply: 3, surbRequest: 4 } as const;
export const SENDER_TAG_LENGTH = 16;
/** More reply blocks than this in one message are refused (412 KB of them). */
export const MAX_SURBS_PER_MESSAGE = 1000;

function u32(value: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value);
  return out;
}

export function encodeEnvelope(envelope: Envelope): Uint8Array {
  const kind = Uint8Array.of(KIND[envelope.kind]);
  switch (envelope.kind) {
    case 'plain':
    case 'reply':
      return concatBytes(kind, envelope.data);
    case 'anonymous':
      return concatBytes(
        kind,
        envelope.senderTag,
        u32(envelope.surbs.length),
        ...envelope.surbs,
        envelope.data,
      );
    case 'surbTopup':
      return concatBytes(kind, envelope.senderTag, u32(envelope.surbs.length), ...envelope.surbs);
    case 'surbRequest':
      return concatBytes(kind, u32(envelope.count));
  }
}

function readSurbs(
  bytes: Uint8Array,
): { senderTag: Uint8Array; surbs: Uint8Array[]; rest: Uint8Array } | undefined {
  if (bytes.length < 1 + SENDER_TAG_LENGTH + 4) return undefined;
  const senderTag = bytes.slice(1, 1 + SENDER_TAG_LENGTH);
  const count = new DataView(bytes.buffer, bytes.byteOffset).getUint32(1 + SENDER_TAG_LENGTH);
  const start = 1 + SENDER_TAG_LENGTH + 4;
  if (count > MAX_SURBS_PER_MESSAGE || bytes.length < start + count * SURB_LENGTH) return undefined;
  const surbs = Array.from({ length: count }, (_, i) =>
    bytes.slice(start + i * SURB_LENGTH, start + (i + 1) * SURB_LENGTH),
  );
  return { senderTag, surbs, rest: bytes.subarray(start + count * SURB_LENGTH) };
}

/** Decodes a reassembled message; `undefined` for anything malformed. */
export function decodeEnvelope(bytes: Uint8Array): Envelope | undefined {
  switch (bytes[0]) {
    case KIND.plain:
      return { kind: 'plain', data: bytes.subarray(1) };
    case KIND.reply:
      return { kind: 'reply', data: bytes.subarray(1) };
    case KIND.anonymous: {
      const read = readSurbs(bytes);
      return (
        read && { kind: 'anonymous', senderTag: read.senderTag, surbs: read.surbs, data: read.rest }
      );
    }
    case KIND.surbTopup: {
      const read = readSurbs(bytes);
      return read && read.rest.length === 0
        ? { kind: 'surbTopup', senderTag: read.senderTag, surbs: read.surbs }
        : undefined;
    }
    case KIND.surbRequest:
      return bytes.length === 5
        ? { kind: 'surbRequest', count: new DataView(bytes.buffer, bytes.byteOffset).getUint32(1) }
        : undefined;
    default:
      return undefined;
  }
}
