import type { WebConfig } from '../config/web-config.js';
import type { MixnetConnection } from './connection.js';
import { spawnMixnetWorker, startLocalConnection } from './local-connection.js';
import { startNymConnection } from './nym-connection.js';

/**
 * Opens the connection the configuration names: the local mixnet in a Web Worker, or the Nym
 * network through the lazily loaded SDK.
 * @param configUrl the same-origin config.json the topology is refreshed from, if any.
 */
export function connect(config: WebConfig, configUrl?: string): MixnetConnection {
  if (config.network === 'nym') return startNymConnection(config.nym ?? {}, config.serverAddress);
  const local = config.local;
  if (!local) throw new RangeError('the local network needs its "local" settings');
  return startLocalConnection(
    spawnMixnetWorker(),
    {
      directoryKey: local.directoryKey,
      ...(local.gateway ? { gateway: local.gateway } : {}),
      ...(local.topology !== undefined ? { topology: local.topology } : {}),
      ...(local.directoryUrl ? { directoryUrl: local.directoryUrl } : {}),
      ...(configUrl ? { configUrl } : {}),
    },
    config.serverAddress,
  );
}
