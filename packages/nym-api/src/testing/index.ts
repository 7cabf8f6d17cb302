/**
 * @pastenym/nym-api/testing: an in-memory network of nym-client API backends, for tests and
 * demos in one process. Not for production use.
 */
export { LoopbackNetwork, type LoopbackNetworkOptions } from '../loopback/network.js';
export { LoopbackClient } from '../loopback/client.js';
