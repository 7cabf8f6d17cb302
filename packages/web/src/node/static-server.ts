import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** Options of {@link startStaticServer}. */
export interface StaticServerOptions {
  /** The built page (`dist/app`). */
  readonly root: string;
  readonly host?: string;
  /** 0 (default) lets the OS choose. */
  readonly port?: number;
  /** The config.json to serve, built per request (so it carries the current topology); none = 404. */
  readonly config?: () => unknown;
  /** The Content-Security-Policy header; default the build's `csp-header.txt`. */
  readonly csp?: string;
  /** Rewrites index.html before it is served (tests use it to take the meta policy out). */
  readonly transformIndex?: (html: string) => string;
}

/** A running static server. */
export interface StaticServer {
  /** `http://host:port/` */
  readonly url: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

function securityHeaders(csp: string | undefined): Record<string, string> {
  return {
    ...(csp ? { 'content-security-policy': csp } : {}),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), browsing-topics=()',
  };
}

/**
 * Serves the built page and its config.json on 127.0.0.1, with the security headers a
 * deployment should send: the CSP (also for the worker script, which a meta tag cannot cover),
 * nosniff, no referrer, same-origin isolation. GET and HEAD only; no directory listings; paths
 * cannot leave the root. For tests, benchmarks and the local stack; any static host will do in
 * production.
 * @example const site = await startStaticServer({ root: 'dist/app', config: () => config });
 */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = resolve(options.root);
  const csp =
    options.csp ?? (await readFile(join(root, 'csp-header.txt'), 'utf8').catch(() => '')).trim();
  const headers = securityHeaders(csp || undefined);
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD', ...headers }).end();
      return;
    }
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (path === '/config.json' && options.config) {
      const body = JSON.stringify(await options.config());
      response.writeHead(200, {
        'content-type': TYPES['.json']!,
        'cache-control': 'no-store',
        ...headers,
      });
      response.end(request.method === 'HEAD' ? undefined : body);
      return;
    }
    const relative = normalize(path === '/' ? '/index.html' : path).replace(/^([/\\])+/, '');
    const file = join(root, relative);
    if (relative.startsWith('..') || !file.startsWith(root + sep)) {
      response.writeHead(404, headers).end();
      return;
    }
    let body: Buffer | string;
    try {
      body = await readFile(file);
    } catch {
      response.writeHead(404, headers).end();
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (extname(file) === '.html' && options.transformIndex)
      body = options.transformIndex(body.toString('utf8'));
    const cache = relative.startsWith('assets/')
      ? 'public, max-age=31536000, immutable'
      : 'no-cache';
    response.writeHead(200, { 'content-type': type, 'cache-control': cache, ...headers });
    response.end(request.method === 'HEAD' ? undefined : body);
  };
  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500, headers);
      response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    // A port in use is an error for the caller to report, not a crash.
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${address.port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
