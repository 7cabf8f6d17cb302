/**
 * web/node: serving and building the page from Node: a static server with the
 * right security headers, a config.json source for the local mixnet, and the Vite config.
 */
export { startStaticServer, type StaticServer, type StaticServerOptions } from './static-server.js';
export { localConfigSource, gatewayWebSocketUrl, type LocalSiteOptions } from './local-config.js';
export {
  viteConfig,
  buildOptionsFromEnv,
  defaultConnectSrc,
  type WebBuildOptions,
} from './vite-config.js';
export { contentSecurityPolicy, type CspOptions } from '../config/csp.js';
export { parseWebConfig, type WebConfig } from '../config/web-config.js';
