import { createNodeCrypto } from '@pastenym/crypto/node';
import { runClientSuite } from './client-suite.js';

runClientSuite(createNodeCrypto());
