import { v2TextCeiling } from '@pastenym/paste-protocol';
import type { Storage } from '../storage/index.js';
import { openPostgresStorage, openSqliteStorage } from '../storage/index.js';
import type { ServerConfig } from './config-schema.js';

/**
 * Opens the store the configuration names: SQLite in `dataDir`, or PostgreSQL at
 * `postgresUrl` in `postgresSchema`. Bundles are capped at `maxBundleBytes` (or the base64 text
 * of the largest v2 paste, if larger), all of them together at `maxStorage`.
 * @throws StorageError as `openSqliteStorage` / `openPostgresStorage`
 */
export function openConfiguredStorage(config: ServerConfig): Promise<Storage> {
  const limits = {
    maxBundleBytes: Math.max(config.maxBundleBytes, v2TextCeiling(config.v2MaxBytes)),
    maxStoredBytes: config.maxStorage,
  };
  if (config.store === 'postgres') {
    return openPostgresStorage({
      connection: config.postgresUrl ?? '',
      schema: config.postgresSchema,
      limits,
    });
  }
  return openSqliteStorage({ directory: config.dataDir, limits });
}
