import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NymApiError } from '../errors.js';
import {
  formatPrometheus,
  PROMETHEUS_CONTENT_TYPE,
  type MetricFamily,
} from '../metrics/prometheus.js';

/** Options of {@link serveMetrics}. */
export interface MetricsServerOptions {
  /** The interface to listen on; the caller decides which are acceptable. */
  readonly host: string;
  /** 0 lets the system choose. */
  readonly port: number;
  /** The metrics now; called once per scrape. */
  readonly collect: () => readonly MetricFamily[];
}

/** A listening metrics endpoint. */
export interface MetricsServer {
  readonly host: string;
  readonly port: number;
  /** `http://HOST:PORT/metrics`. */
  readonly url: string;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

/**
 * Serves `GET /metrics` in the Prometheus text format on plain `node:http`, and nothing else:
 * other paths get 404, other methods 405 (HEAD is answered like GET, without a body).
 * @throws {NymApiError} `nym_api.listen_failed` when the address cannot be listened on
 * @example
 * const metrics = await serveMetrics({ host: '127.0.0.1', port: 9464, collect: () => families });
 */
export async function serveMetrics(options: MetricsServerOptions): Promise<MetricsServer> {
  const server = createServer((request, response) => answer(request, response, options.collect));
  // A scrape is one small request; nobody needs minutes to send its headers.
  server.headersTimeout = 10_000;
  server.requestTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  }).catch((error: unknown) => {
    throw new NymApiError('nym_api.listen_failed', 'could not listen for metrics scrapes', {
      cause: error,
    });
  });
  const port = (server.address() as AddressInfo).port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  let closing: Promise<void> | undefined;
  return {
    host: options.host,
    port,
    url: `http://${host}:${port}/metrics`,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

function answer(
  request: IncomingMessage,
  response: ServerResponse,
  collect: () => readonly MetricFamily[],
): void {
  const path = (request.url ?? '').split('?')[0];
  if (path !== '/metrics') {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response
      .writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' })
      .end('method not allowed\n');
    return;
  }
  let body: string;
  try {
    body = formatPrometheus(collect());
  } catch {
    response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('error\n');
    return;
  }
  response.writeHead(200, {
    'content-type': PROMETHEUS_CONTENT_TYPE,
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}
