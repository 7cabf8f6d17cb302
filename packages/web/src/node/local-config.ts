import type { WebConfig } from '../config/web-config.js';

/** What a page on the local mixnet needs to know. */
export interface LocalSiteOptions {
  readonly instanceName?: string;
  readonly serverAddress: string;
  /** The directory to read the signed topology from (server side: the page never contacts it). */
  readonly directoryUrl: string;
  readonly directoryKey: string;
  /** The browser's gateway (identity); default a random one per page load. */
  readonly gateway?: string;
  readonly fetch?: typeof fetch;
}

/**
 * A config.json source for a page on the local mixnet: each call reads the directory's current
 * signed topology and puts it in the configuration, so the page learns the topology from its
 * own origin (the browser verifies the directory's signature itself).
 * @throws {Error} when the directory cannot be read.
 * @example startStaticServer({ root, config: localConfigSource({ serverAddress, directoryUrl, directoryKey }) })
 */
export function localConfigSource(options: LocalSiteOptions): () => Promise<WebConfig> {
  const fetchFn = options.fetch ?? globalThis.fetch;
  return async () => {
    const response = await fetchFn(new URL('/v1/topology', options.directoryUrl));
    if (!response.ok) throw new Error(`the directory answered ${response.status}`);
    const topology: unknown = await response.json();
    return {
      instanceName: options.instanceName ?? 'Pastenym',
      serverAddress: options.serverAddress,
      network: 'local',
      local: {
        directoryKey: options.directoryKey,
        topology,
        ...(options.gateway ? { gateway: options.gateway } : {}),
      },
    };
  };
}

/** The websocket URL of a gateway in a signed topology document, for the CSP's connect-src. */
export function gatewayWebSocketUrl(topology: unknown, gateway: string): string | undefined {
  const gateways = (
    topology as {
      topology?: { gateways?: { address: string; host: string; clientPort: number }[] };
    }
  )?.topology?.gateways;
  const found = gateways?.find((g) => g.address === gateway);
  return found ? `ws://${found.host}:${found.clientPort}` : undefined;
}
