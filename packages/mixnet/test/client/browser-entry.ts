// Registers the client-core suite for a run inside a browser Web Worker (WebCrypto + noble).
import { createBrowserCrypto } from '@pastenym/crypto/browser';
import { runClientSuite } from './client-suite.js';

runClientSuite(createBrowserCrypto());
