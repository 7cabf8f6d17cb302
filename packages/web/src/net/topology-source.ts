import type { LocalStartOptions } from './worker-protocol.js';

/**
 * The `fetch` the mixnet client gets the topology with. With a directory URL it is the real
 * fetch. Otherwise the topology came with the page's configuration: the first call answers
 * with it, later calls (refreshes) re-read the same-origin config.json, so the page never
 * contacts the directory and its connect-src holds only its own origin and the gateway.
 */
export function topologyFetch(options: LocalStartOptions): typeof fetch {
  if (options.directoryUrl) return globalThis.fetch.bind(globalThis);
  let latest: unknown = options.topology;
  const answer = (document: unknown) =>
    document === undefined
      ? new Response('no topology', { status: 404 })
      : new Response(JSON.stringify(document), { headers: { 'content-type': 'application/json' } });
  let first = true;
  return async () => {
    if (first || !options.configUrl) {
      first = false;
      return answer(latest);
    }
    const response = await globalThis.fetch(options.configUrl, {
      cache: 'no-store',
      credentials: 'omit',
    });
    if (!response.ok) return answer(latest);
    const config = (await response.json()) as { local?: { topology?: unknown } } | null;
    latest = config?.local?.topology ?? latest;
    return answer(latest);
  };
}
