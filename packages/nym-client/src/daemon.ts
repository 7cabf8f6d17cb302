import { createNodeCrypto } from '@pastenym/crypto/node';
import { MixnetClient, type MixnetClientStats } from '@pastenym/mixnet';
import { nodeWebSocket } from '@pastenym/mixnet/node';
import { backgroundClock } from '@pastenym/runtime';
import { NymApiServer, serveMetrics, type MetricsServer } from '@pastenym/nym-api/node';
import { loadClient } from './client-store.js';
import { daemonMetrics } from './metrics.js';
import { mixnetBackend, type BackendCounters } from './mixnet-backend.js';
import { DEFAULT_BACKLOG_WARN_AT, watchMixnetStats, type StatsWatch } from './stats-watch.js';

export interface DaemonOptions {
  readonly id: string;
  readonly dataDir: string;
  /** Where the websocket API listens; defaults as the real nym-client: 127.0.0.1:1977. */
  readonly host?: string;
  readonly port?: number;
  /** Where the directory is now, when it moved since `init` (same mixnet, other port). */
  readonly directoryUrl?: string;
  /** Serve the counters at `http://host:port/metrics` (Prometheus text format); default off. */
  readonly metrics?: { readonly host: string; readonly port: number };
  /**
   * Told, with counts only, when the send backlog passes `backlogWarnAt` (and when it cleared),
   * when recipients are given up and when sends are refused for a full backlog. Without it the
   * daemon says nothing (the command passes stderr).
   */
  readonly warn?: (line: string) => void;
  /** Send backlog in packets at which `warn` is told (default 10,000). */
  readonly backlogWarnAt?: number;
}

export interface Daemon {
  readonly address: string;
  /** The websocket apps connect to. */
  readonly url: string;
  readonly counters: BackendCounters;
  /** `http://HOST:PORT/metrics` when `metrics` was given. */
  readonly metricsUrl: string | undefined;
  /** The mixnet client's counters now. */
  stats(): MixnetClientStats;
  close(): Promise<void>;
}

/**
 * Runs a stored client: joins the mixnet through its gateway and serves the nym-client
 * websocket API in front of it.
 * @throws {NymClientError} when the client is not initialised; {@link MixnetError} when the
 *   mixnet cannot be reached; {@link NymApiError} `nym_api.listen_failed` when the port (or
 *   the metrics port) is taken.
 */
export async function startDaemon(options: DaemonOptions): Promise<Daemon> {
  const crypto = createNodeCrypto();
  const stored = await loadClient(crypto, options.dataDir, options.id);
  const client = await MixnetClient.start({
    crypto,
    keys: stored.keys,
    directoryUrl: options.directoryUrl ?? stored.directoryUrl,
    directoryKey: stored.directoryKey,
    gateway: stored.gateway,
    connect: nodeWebSocket,
  });
  const counters: BackendCounters = { sent: 0, failed: 0, received: 0 };
  let server: NymApiServer;
  try {
    server = await NymApiServer.listen({
      backend: mixnetBackend(client, counters),
      host: options.host ?? '127.0.0.1',
      port: options.port ?? 1977,
    });
  } catch (error) {
    client.close();
    throw error;
  }
  let metrics: MetricsServer | undefined;
  if (options.metrics !== undefined) {
    try {
      metrics = await serveMetrics({
        ...options.metrics,
        collect: () => daemonMetrics(client.stats, counters),
      });
    } catch (error) {
      await server.close();
      client.close();
      throw error;
    }
  }
  const warn = options.warn;
  const watch: StatsWatch | undefined =
    warn === undefined
      ? undefined
      : watchMixnetStats({
          stats: () => client.stats,
          backlogWarnAt: options.backlogWarnAt ?? DEFAULT_BACKLOG_WARN_AT,
          clock: backgroundClock,
          warn,
        });
  return {
    address: client.address,
    url: server.url,
    counters,
    metricsUrl: metrics?.url,
    stats: () => client.stats,
    async close() {
      watch?.stop();
      await server.close();
      client.close();
      await metrics?.close();
    },
  };
}
