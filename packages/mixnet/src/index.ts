/**
 * @pastenym/mixnet (pure part): profiles, the signed topology, wire formats, and the
 * isomorphic client core. Node services (directory, mix node, gateway, launcher) are in
 * `@pastenym/mixnet/node`.
 */
export * from './profile.js';
export { MixnetError, type MixnetErrorCode } from './errors.js';
export * from './topology/types.js';
export { canonicalJson } from './topology/canonical-json.js';
export {
  signTopology,
  verifyTopology,
  signRegistration,
  verifyRegistration,
} from './topology/signing.js';
export { encodeFrame, FrameDecoder, FRAME_HEADER_LENGTH } from './wire/link-frames.js';
export {
  encodeGatewayFrame,
  decodeGatewayFrame,
  authMessage,
  type GatewayFrame,
} from './wire/gateway-protocol.js';
export { ACK_BLOCK_LENGTH, splitForwardBody } from './wire/forward-body.js';
export { TopologyView, fetchTopology, uniformIndex, type TopologyNode } from './topology/view.js';
export * from './client/index.js';
