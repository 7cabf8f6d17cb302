/**
 * @pastenym/server/node: the paste server's Node edge: configuration (schema, flags,
 * environment, `--help`), the logger, the store chosen by configuration, and the server that
 * connects the service to a nym-client.
 */
export { CONFIG_KEYS, envName, flagName } from './config-schema.js';
export type { ConfigKey, ServerConfig } from './config-schema.js';
export { parseConfig, helpText, configTable, type ConfigRequest } from './config.js';
export { createLogger, type Logger } from './logger.js';
export { openConfiguredStorage } from './storage.js';
export { serviceFromConfig } from './service-from-config.js';
export { startPasteServer, type PasteServerDeps, type RunningPasteServer } from './server.js';
export { runCli, type CliIo } from './cli.js';
export {
  ServerMetrics,
  watchBacklog,
  BACKLOG_CHECK_MS,
  type BacklogWatch,
  type BacklogWatchOptions,
} from './metrics.js';
