import type { Storage } from '../storage/index.js';
import { openPostgresStorage, openSqliteStorage } from '../storage/index.js';
import type { ServerConfig } from './config-schema.js';

/**
 * Opens the store the configuration names: SQLite in `dataDir`, or PostgreSQL at
 * `postgresUrl` in `postgresSchema`. Bundles are capped at `maxBundleBytes`.
 * @throws StorageError as `openSqliteStorage` / `openPostgresStorage`
 */
export function openConfiguredStorage(config: ServerConfig): Promise<Storage> {
  const limits = { maxBundleBytes: config.maxBundleBytes };
  if (config.store === 'postgres') {
    return openPostgresStorage({
      connection: config.postgresUrl ?? '',
      schema: config.postgresSchema,
      limits,
    });
  }
  return openSqliteStorage({ directory: config.dataDir, limits });
}
