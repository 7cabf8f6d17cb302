import { readU64, writeU64 } from '@pastenym/crypto';
import { ADDRESS_LENGTH, SLOT_LENGTH, SURB_ID_LENGTH } from './geometry.js';

/*
 * One decrypted slot of beta (60 bytes):
 *   forward hop:  01 | next address (32) | delay ns u64 (8) | zero (3) | next gamma (16)
 *   last hop:     02 | destination (32)  | delay ns u64 (8) | zero (19)
 *   last hop of a reply block or ack:
 *                 03 | destination (32)  | delay ns u64 (8) | surb id (16) | zero (3)
 */
const FORWARD = 0x01;
const FINAL = 0x02;
const FINAL_SURB = 0x03;
const DELAY_OFFSET = 1 + ADDRESS_LENGTH;
const SURB_ID_OFFSET = DELAY_OFFSET + 8;
/** Where the next gamma sits in a forward slot. */
export const NEXT_GAMMA_OFFSET = 44;

export type Routing =
  | { readonly kind: 'forward'; readonly next: Uint8Array; readonly delay: number }
  | {
      readonly kind: 'final';
      readonly destination: Uint8Array;
      readonly surbId: Uint8Array | null;
      readonly delay: number;
    };

function delayToNanos(delayMs: number): number {
  return Math.max(0, Math.round(delayMs * 1_000_000));
}

/** Writes a forward slot (without its gamma, which the header builder fills in). */
export function encodeForward(slot: Uint8Array, next: Uint8Array, delayMs: number): void {
  slot[0] = FORWARD;
  slot.set(next, 1);
  writeU64(slot, DELAY_OFFSET, delayToNanos(delayMs));
}

/** Writes the last hop's slot. */
export function encodeFinal(
  slot: Uint8Array,
  destination: Uint8Array,
  surbId: Uint8Array | undefined,
  delayMs: number,
): void {
  slot[0] = surbId ? FINAL_SURB : FINAL;
  slot.set(destination, 1);
  writeU64(slot, DELAY_OFFSET, delayToNanos(delayMs));
  if (surbId) slot.set(surbId, SURB_ID_OFFSET);
}

/** Reads a decrypted slot; `undefined` for anything malformed (the MAC made that unlikely). */
export function decodeRouting(slot: Uint8Array): Routing | undefined {
  if (slot.length !== SLOT_LENGTH) return undefined;
  const nanos = readU64(slot, DELAY_OFFSET);
  if (nanos === undefined) return undefined;
  const delay = nanos / 1_000_000;
  const address = slot.slice(1, 1 + ADDRESS_LENGTH);
  switch (slot[0]) {
    case FORWARD:
      return { kind: 'forward', next: address, delay };
    case FINAL:
      return { kind: 'final', destination: address, surbId: null, delay };
    case FINAL_SURB:
      return {
        kind: 'final',
        destination: address,
        surbId: slot.slice(SURB_ID_OFFSET, SURB_ID_OFFSET + SURB_ID_LENGTH),
        delay,
      };
    default:
      return undefined;
  }
}
