/**
 * @pastenym/paste-protocol/testing: builders for tests of the packages that speak the paste
 * protocol; not for production code.
 */
export { sealV2Paste, v2Body, type SealedV2Paste } from '../legacy/seal-v2.js';
export { createV2ServerDouble, type V2ServerDouble } from './v2-server-double.js';
export {
  arrivalQueue,
  describeAnonymousSender,
  type ArrivedMessage,
  type SenderUnderTest,
} from './anonymous-sender-suite.js';
export { createMemoryTransportPair } from './memory-transport.js';
