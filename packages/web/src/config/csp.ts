import type { NetworkKind } from './web-config.js';

/** Options of {@link contentSecurityPolicy}. */
export interface CspOptions {
  /** Which client the page loads: the Nym SDK needs WebAssembly and reaches unknown gateways. */
  readonly network: NetworkKind;
  /** Sources the page may connect to besides its own origin: the gateway websocket(s). */
  readonly connectSrc: readonly string[];
  /** `meta` leaves out what meta tags cannot carry (`frame-ancestors`). */
  readonly delivery: 'meta' | 'header';
}

/** The Trusted Types policy that wraps sanitised HTML (markdown, highlighted code). */
export const HTML_POLICY = 'pastenym-html';

/** Local builds fall back to any loopback gateway when the exact one is unknown at build time. */
export const LOCAL_CONNECT_DEFAULT = ['ws://127.0.0.1:*', 'ws://localhost:*'];

const SOURCE =
  /^(?:'self'|[a-z][a-z0-9+.-]*:(?:\/\/[A-Za-z0-9.*[\]:-]+(?::(?:\d+|\*))?(?:\/[^\s;,']*)?)?)$/;

/**
 * The page's Content-Security-Policy: nothing but its own scripts and styles, no inline
 * script, connections to its own origin (config.json) and the listed gateway websocket(s),
 * media only from `blob:` URLs the app made itself, and Trusted Types so that no string
 * reaches an HTML sink unsanitised.
 * @throws {RangeError} when a connect-src entry is not a plain CSP source (no injection of
 *   other directives through configuration).
 * @example contentSecurityPolicy({ network: 'local', connectSrc: ['ws://127.0.0.1:9008'], delivery: 'header' })
 */
export function contentSecurityPolicy(options: CspOptions): string {
  for (const source of options.connectSrc) {
    if (!SOURCE.test(source)) throw new RangeError(`not a CSP source: ${JSON.stringify(source)}`);
  }
  const nym = options.network === 'nym';
  const directives: [string, ...string[]][] = [
    ['default-src', "'none'"],
    // The Nym SDK compiles its client from WebAssembly; nothing else may evaluate code.
    ['script-src', "'self'", ...(nym ? ["'wasm-unsafe-eval'"] : [])],
    ['style-src', "'self'"],
    ['img-src', "'self'", 'blob:'],
    ['media-src', 'blob:'],
    // PDF previews are <object>s of application/pdf blobs the app typed itself.
    ['object-src', 'blob:'],
    ['worker-src', "'self'"],
    // The Nym SDK reaches its API and gateways it discovers at run time, over TLS.
    ['connect-src', "'self'", ...(nym ? ['https:', 'wss:'] : []), ...options.connectSrc],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['require-trusted-types-for', "'script'"],
    ['trusted-types', HTML_POLICY, 'default'],
  ];
  if (options.delivery === 'header') directives.push(['frame-ancestors', "'none'"]);
  return directives.map((directive) => directive.join(' ')).join('; ');
}
