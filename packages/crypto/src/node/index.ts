export { createNodeCrypto, type NodeCryptoOptions } from './provider.js';
