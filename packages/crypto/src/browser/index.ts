export { createBrowserCrypto } from './provider.js';
