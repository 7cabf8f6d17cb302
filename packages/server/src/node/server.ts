import {
  createNymApiClient,
  serveMetrics,
  type MetricsServer,
  type NodeClientOptions,
} from '@pastenym/nym-api/node';
import { backgroundClock, systemClock } from '@pastenym/runtime';
import { ServerError } from '../errors.js';
import type { PasteService } from '../service/paste-service.js';
import { Sweeper } from '../service/sweeper.js';
import type { Storage } from '../storage/index.js';
import { StorageError } from '../storage/index.js';
import { RequestPump, type RequestPumpStats } from '../transport/request-pump.js';
import type { ServerConfig } from './config-schema.js';
import { countEvents, watchNymClient } from './observe.js';
import { ServerMetrics, watchBacklog } from './metrics.js';
import type { Logger } from './logger.js';
import { connectToNymClient, withTimeout } from './nym-connection.js';
import { serviceFromConfig } from './service-from-config.js';
import { openConfiguredStorage } from './storage.js';

/** What {@link startPasteServer} needs besides the configuration. */
export interface PasteServerDeps {
  readonly logger: Logger;
  /** Opens the store (default: as the configuration says). */
  readonly openStorage?: (config: ServerConfig) => Promise<Storage>;
  /** Milliseconds since the epoch (default `Date.now`). */
  readonly now?: () => number;
  /** Extra options of the nym-client connection (tests shorten the reconnect backoff). */
  readonly nymClient?: Omit<NodeClientOptions, 'url'>;
  /** Aborting while the server waits for the nym-client gives up the start. */
  readonly signal?: AbortSignal;
  /** Told the server's own address at start, and again if the nym-client's address changes. */
  readonly onAddress?: (address: string) => void;
}

/** A started server. */
export interface RunningPasteServer {
  /** The server's own Nym address: what clients send their requests to. */
  readonly address: string;
  readonly service: PasteService;
  /** `http://HOST:PORT/metrics` with `--metrics`, else `undefined`. */
  readonly metricsUrl: string | undefined;
  stats(): RequestPumpStats;
  /**
   * Stops taking requests, waits (up to `timeoutMs`) for those taken, then closes the nym-client
   * connection and the store. Safe to call twice.
   */
  stop(timeoutMs?: number): Promise<void>;
}

/**
 * Starts the paste server: opens the store, connects to the nym-client (binary mode; it
 * reconnects by itself when the nym-client restarts), answers every request that came with a
 * sender tag, and sweeps expired pastes.
 * @throws {ServerError} `server.start_failed` when the store cannot be opened or the start was
 *   aborted before the nym-client answered
 * @example
 * const server = await startPasteServer(config, { logger });
 * console.log(server.address);
 */
export async function startPasteServer(
  config: ServerConfig,
  deps: PasteServerDeps,
): Promise<RunningPasteServer> {
  const { logger } = deps;
  const now = deps.now ?? Date.now;
  const storage = await (deps.openStorage ?? openConfiguredStorage)(config).catch(
    (error: unknown) => {
      const code = error instanceof StorageError ? error.code : 'unknown';
      logger.error({ code }, 'could not open the store');
      throw new ServerError('server.start_failed', `could not open the store (${code})`, {
        cause: error,
      });
    },
  );
  const counts = countEvents(logger);
  const metrics = new ServerMetrics();
  const service = serviceFromConfig(config, storage, (event) => {
    counts.record(event);
    metrics.record(event);
  });
  // The pump exists once the nym-client answered; scrapes before that see zeros.
  const live: { pump?: RequestPump } = {};
  const metricsServer = await startMetrics(
    config,
    () => metrics.collect(live.pump?.stats()),
    logger,
  ).catch(async (error: unknown) => {
    await storage.close();
    throw error;
  });
  const client = createNymApiClient({ ...deps.nymClient, url: config.nymClient });
  const address = await connectToNymClient(client, deps, storage).catch(async (error: unknown) => {
    await metricsServer?.close();
    throw error;
  });
  deps.onAddress?.(address);
  const pump = new RequestPump({
    handle: (request, senderTag) => service.handle(request, { now: now(), senderTag }),
    reply: (senderTag, reply) => client.reply(senderTag, reply),
    concurrency: config.concurrency,
    maxQueued: config.maxQueued,
  });
  live.pump = pump;
  const backlog = watchBacklog({
    logger,
    stats: () => pump.stats(),
    warnAt: Math.ceil(config.maxQueued / 2),
    clock: { ...backgroundClock, now },
    onWarning: () => metrics.backlogWarned(),
  });
  // Subscribe for messages first: those that arrived meanwhile go to the first subscriber.
  const unsubscribe = client.onMessage(({ message, senderTag }) => {
    pump.push(message, senderTag);
    backlog.check();
  });
  const stopWatching = watchNymClient(client, logger, address, deps.onAddress);
  // After onMessage: any subscriber would take the messages buffered since connecting.
  const stopMetricsWatch = client.subscribe((event) => metrics.clientEvent(event));
  metrics.connected = client.state === 'open';
  const sweeper = new Sweeper({
    storage,
    clock: { ...systemClock, now },
    intervalMs: config.sweepIntervalSeconds * 1000,
    onSwept: (pastes) => pastes > 0 && logger.info({ pastes }, 'swept expired pastes'),
    onError: (error) => logger.warn({ code: errorCode(error) }, 'sweep failed'),
  });
  sweeper.start();
  const summary = setInterval(() => counts.flush(pump.stats()), 300_000);
  summary.unref();
  logger.info({ store: config.store, v2: config.v2, difficulty: config.powDifficulty }, 'serving');

  let stopping: Promise<void> | undefined;
  return {
    address,
    service,
    metricsUrl: metricsServer?.url,
    stats: () => pump.stats(),
    stop(timeoutMs = config.shutdownTimeoutSeconds * 1000) {
      stopping ??= (async () => {
        logger.info('stopping: no new requests');
        unsubscribe();
        const drained = await withTimeout(pump.stop(), timeoutMs);
        if (!drained) logger.warn(pump.stats(), 'requests still in progress at shutdown');
        clearInterval(summary);
        backlog.stop();
        await sweeper.stop();
        stopWatching();
        await client.close();
        stopMetricsWatch();
        await storage.close();
        counts.flush(pump.stats());
        await metricsServer?.close();
        logger.info('stopped');
      })();
      return stopping;
    },
  };
}

/** With `--metrics`, serves `/metrics` on the address given (loopback unless allowed). */
async function startMetrics(
  config: ServerConfig,
  collect: () => ReturnType<ServerMetrics['collect']>,
  logger: Logger,
): Promise<MetricsServer | undefined> {
  if (config.metrics === undefined) return undefined;
  try {
    const server = await serveMetrics({ ...config.metrics, collect });
    logger.info({ metrics: server.url }, 'serving metrics');
    return server;
  } catch (error) {
    logger.error('could not listen for metrics scrapes');
    throw new ServerError('server.start_failed', 'could not listen for metrics scrapes', {
      cause: error,
    });
  }
}

function errorCode(error: unknown): string {
  return error instanceof StorageError ? error.code : 'unknown';
}
