/**
 * Nym's Sphinx geometry. Every packet on every link is exactly {@link PACKET_LENGTH} bytes, so
 * packets of different senders, routes, hop positions and kinds (message, reply, ack, cover) look
 * alike.
 */

/** X25519 group element carried in the header (the blinded ephemeral key). */
export const ALPHA_LENGTH = 32;
/** Truncated HMAC-SHA256 over beta. */
export const GAMMA_LENGTH = 16;
/** Per-hop slot in beta: 44 bytes of routing information and the next hop's 16-byte MAC. */
export const ROUTING_INFO_LENGTH = 44;
export const SLOT_LENGTH = ROUTING_INFO_LENGTH + GAMMA_LENGTH;
/** The largest route: three mix layers and a gateway, plus one spare hop, as in Nym. */
export const MAX_HOPS = 5;
export const BETA_LENGTH = MAX_HOPS * SLOT_LENGTH;
export const HEADER_LENGTH = ALPHA_LENGTH + GAMMA_LENGTH + BETA_LENGTH;

/** Node and client addresses are 32 bytes (an ed25519 identity key). */
export const ADDRESS_LENGTH = 32;
/** Identifies a reply block (or an ack) to the client that made it. */
export const SURB_ID_LENGTH = 16;

/** Zero bytes at the front of every payload: the integrity check at the destination. */
export const SECURITY_PARAMETER = 16;
/** The largest message one packet carries. */
export const PAYLOAD_BODY_LENGTH = 2048;
/** Integrity prefix and the 0x01 end marker of the padding. */
export const PAYLOAD_OVERHEAD = SECURITY_PARAMETER + 1;
export const PAYLOAD_LENGTH = PAYLOAD_BODY_LENGTH + PAYLOAD_OVERHEAD;
export const PACKET_LENGTH = HEADER_LENGTH + PAYLOAD_LENGTH;

/** HKDF-SHA256 output per hop: AES key | MAC key | Lioness key | blinding factor | replay tag. */
export const HOP_KEY_MATERIAL_LENGTH = 16 + 16 + 192 + 32 + 32;
