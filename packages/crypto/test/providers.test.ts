import { createNodeCrypto } from '../src/node/index.js';
import { createBrowserCrypto } from '../src/browser/index.js';
import { runProviderSuite } from './provider-suite.js';

// Every provider against the plain node:crypto one; the browser provider runs here on Node's
// WebCrypto implementation.
const reference = createNodeCrypto({ engine: 'keyobject' });
runProviderSuite(reference, createBrowserCrypto());
runProviderSuite(createNodeCrypto({ engine: 'sodium' }), reference);
runProviderSuite(createBrowserCrypto(), reference);
