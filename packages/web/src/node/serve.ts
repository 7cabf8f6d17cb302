/**
 * web/serve: just what serving the built page takes (a static server with the
 * security headers, and the Content-Security-Policy), without the build tooling of
 * `web/node`, so that a server starts fast.
 */
export { startStaticServer, type StaticServer, type StaticServerOptions } from './static-server.js';
export { contentSecurityPolicy, type CspOptions } from '../config/csp.js';
