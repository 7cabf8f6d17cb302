import { concatBytes, utf8, fromUtf8 } from '@pastenym/crypto';
import { ADDRESS_LENGTH, PACKET_LENGTH, SURB_ID_LENGTH } from '@pastenym/sphinx';

/*
 * Client <-> gateway protocol: binary websocket messages, the first byte a tag.
 *   01 CHALLENGE  nonce 32 | gateway identity 32              gateway -> client, on connect
 *   02 AUTH       client identity 32 | signature 64           client -> gateway
 *   03 AUTH_OK                                                gateway -> client
 *   04 AUTH_FAIL  reason (UTF-8)                              gateway -> client, then close
 *   10 SEND       first hop 32 | packet 2413                  client -> gateway: inject a packet
 *   20 DELIVER    00 | payload  or  01 | surb id 16 | payload gateway -> client
 * The signature is Ed25519 over AUTH_DOMAIN | nonce | gateway identity, so it proves the client
 * holds the identity key now, for this gateway only.
 */
export const AUTH_DOMAIN = utf8('pastenym gateway auth v1\n');

export type GatewayFrame =
  | { readonly type: 'challenge'; readonly nonce: Uint8Array; readonly gateway: Uint8Array }
  | { readonly type: 'auth'; readonly identity: Uint8Array; readonly signature: Uint8Array }
  | { readonly type: 'authOk' }
  | { readonly type: 'authFail'; readonly reason: string }
  | { readonly type: 'send'; readonly firstHop: Uint8Array; readonly packet: Uint8Array }
  | { readonly type: 'deliver'; readonly surbId: Uint8Array | null; readonly payload: Uint8Array };

const TAG = {
  challenge: 0x01,
  auth: 0x02,
  authOk: 0x03,
  authFail: 0x04,
  send: 0x10,
  deliver: 0x20,
} as const;
const MAX_DELIVER_PAYLOAD = 4096;

/** The bytes a client signs to authenticate. */
export function authMessage(nonce: Uint8Array, gateway: Uint8Array): Uint8Array {
  return concatBytes(AUTH_DOMAIN, nonce, gateway);
}

export function encodeGatewayFrame(frame: GatewayFrame): Uint8Array {
  const tag = Uint8Array.of(TAG[frame.type]);
  switch (frame.type) {
    case 'challenge':
      return concatBytes(tag, frame.nonce, frame.gateway);
    case 'auth':
      return concatBytes(tag, frame.identity, frame.signature);
    case 'authOk':
      return tag;
    case 'authFail':
      return concatBytes(tag, utf8(frame.reason));
    case 'send':
      return concatBytes(tag, frame.firstHop, frame.packet);
    case 'deliver':
      return frame.surbId
        ? concatBytes(tag, Uint8Array.of(1), frame.surbId, frame.payload)
        : concatBytes(tag, Uint8Array.of(0), frame.payload);
  }
}

/**
 * Decodes a frame; `undefined` for anything malformed (the peer is then disconnected). Packets
 * and payloads are views into `bytes`, which the caller must not reuse.
 */
export function decodeGatewayFrame(bytes: Uint8Array): GatewayFrame | undefined {
  const body = bytes.subarray(1);
  switch (bytes[0]) {
    case TAG.challenge:
      return body.length === 64
        ? { type: 'challenge', nonce: body.slice(0, 32), gateway: body.slice(32) }
        : undefined;
    case TAG.auth:
      return body.length === 96
        ? { type: 'auth', identity: body.slice(0, 32), signature: body.slice(32) }
        : undefined;
    case TAG.authOk:
      return body.length === 0 ? { type: 'authOk' } : undefined;
    case TAG.authFail:
      return body.length <= 1024 ? { type: 'authFail', reason: fromUtf8(body) } : undefined;
    case TAG.send:
      return body.length === ADDRESS_LENGTH + PACKET_LENGTH
        ? {
            type: 'send',
            firstHop: body.subarray(0, ADDRESS_LENGTH),
            packet: body.subarray(ADDRESS_LENGTH),
          }
        : undefined;
    case TAG.deliver: {
      if (body.length > MAX_DELIVER_PAYLOAD + 1 + SURB_ID_LENGTH) return undefined;
      if (body[0] === 0) return { type: 'deliver', surbId: null, payload: body.subarray(1) };
      if (body[0] === 1 && body.length >= 1 + SURB_ID_LENGTH) {
        return {
          type: 'deliver',
          surbId: body.subarray(1, 1 + SURB_ID_LENGTH),
          payload: body.subarray(1 + SURB_ID_LENGTH),
        };
      }
      return undefined;
    }
    default:
      return undefined;
  }
}
