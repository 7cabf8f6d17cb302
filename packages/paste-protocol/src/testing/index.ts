/**
 * @pastenym/paste-protocol/testing: builders for tests of the packages that speak the paste
 * protocol; not for production code.
 */
export { sealV2Paste, v2Body, type SealedV2Paste } from './v2-paste.js';
