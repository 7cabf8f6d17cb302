/**
 * @pastenym/nym-client: a local stand-in for Nym's nym-client. It serves the nym-client
 * websocket API (from @pastenym/nym-api) in front of this project's mixnet client, so apps
 * written for the real nym-client run unchanged on the local mixnet.
 */
export { startDaemon, type Daemon, type DaemonOptions } from './daemon.js';
export { initClient, loadClient, type StoredClient } from './client-store.js';
export { chooseNetwork, type NetworkChoice } from './network-config.js';
export { mixnetBackend, type BackendCounters } from './mixnet-backend.js';
export { runCli, HELP } from './cli.js';
export { NymClientError, type NymClientErrorCode } from './errors.js';
export {
  watchMixnetStats,
  STATS_CHECK_MS,
  DEFAULT_BACKLOG_WARN_AT,
  type StatsWatch,
  type StatsWatchOptions,
} from './stats-watch.js';
export { daemonMetrics } from './metrics.js';
