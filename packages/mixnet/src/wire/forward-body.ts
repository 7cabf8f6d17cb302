import { ACK_SURB_LENGTH } from '@pastenym/sphinx';

/**
 * The message a forward packet carries (at most 2048 bytes): the sender's ack block first, so
 * the last hop (a gateway) can fire it, then the content sealed for the recipient.
 */
export const ACK_BLOCK_LENGTH = ACK_SURB_LENGTH;

/** Splits a delivered forward message into its ack block and content; `undefined` if too short. */
export function splitForwardBody(
  message: Uint8Array,
): { readonly ackBlock: Uint8Array; readonly content: Uint8Array } | undefined {
  if (message.length < ACK_BLOCK_LENGTH) return undefined;
  return {
    ackBlock: message.subarray(0, ACK_BLOCK_LENGTH),
    content: message.subarray(ACK_BLOCK_LENGTH),
  };
}
