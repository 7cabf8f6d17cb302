import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

// Headers for every response: nothing leaks the page's address, nothing sniffs types.
const COMMON_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

export interface StaticSite {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves the built web app from `root` on `host:port`, and `/config.json` from `config()` (made
 * fresh per request: it carries the current signed topology). GET and HEAD only; paths cannot
 * leave `root`; unknown paths get the app's index.html (it routes in the fragment anyway).
 * Logs nothing: who loaded the page is nobody's business.
 */
export async function serveStaticSite(options: {
  root: string;
  host: string;
  port: number;
  config: () => Promise<unknown>;
}): Promise<StaticSite> {
  const server: Server = createServer((request, response) => {
    void (async () => {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { ...COMMON_HEADERS, allow: 'GET, HEAD' }).end();
        return;
      }
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      if (path === '/config.json') {
        const body = JSON.stringify(await options.config());
        response.writeHead(200, {
          ...COMMON_HEADERS,
          'content-type': TYPES['.json']!,
          'cache-control': 'no-store',
        });
        response.end(request.method === 'HEAD' ? undefined : body);
        return;
      }
      const file = await resolveFile(options.root, path);
      const body = await readFile(file);
      response.writeHead(200, {
        ...COMMON_HEADERS,
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': file.endsWith('index.html') ? 'no-cache' : 'public, max-age=3600',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    })().catch(() => {
      if (!response.headersSent) response.writeHead(404, COMMON_HEADERS);
      response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host}:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function resolveFile(root: string, path: string): Promise<string> {
  const candidate = normalize(join(root, path));
  if (!candidate.startsWith(normalize(root) + sep) && candidate !== normalize(root))
    throw new Error('outside root');
  const info = await stat(candidate).catch(() => undefined);
  if (info?.isFile()) return candidate;
  if (info?.isDirectory()) return resolveFile(root, join(path, 'index.html'));
  return join(root, 'index.html');
}
