/**
 * @pastenym/sphinx: the Sphinx packet format with Nym's geometry (2413-byte packets, up to five
 * hops), pure and deterministic given an injected `rng` and a `CryptoProvider`.
 */
export * from './geometry.js';
export type {
  Rng,
  SphinxContext,
  RouteHop,
  Destination,
  DropReason,
  ProcessResult,
} from './types.js';
export { SphinxError, type SphinxErrorCode } from './errors.js';
export { createPacket, processPacket, type ProcessOptions } from './packet.js';
export {
  createSurb,
  useSurb,
  openReply,
  createAckSurb,
  fireAck,
  SURB_LENGTH,
  ACK_SURB_LENGTH,
  type SurbSecrets,
  type AddressedPacket,
} from './surb.js';
export { ReplayFilter, type ReplayFilterOptions } from './replay-filter.js';
