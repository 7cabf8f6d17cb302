// Registers the provider suite for a run inside a browser Web Worker. There is no Node provider
// to compare with there, so the reference is the provider itself: the known-answer vectors and
// error cases are what this run adds.
import { createBrowserCrypto } from '../src/browser/index.js';
import { runProviderSuite } from './provider-suite.js';

runProviderSuite(createBrowserCrypto(), createBrowserCrypto());
