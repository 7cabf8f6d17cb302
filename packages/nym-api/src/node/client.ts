import { systemClock } from '@pastenym/runtime';
import { NymApiClient } from '../client/client.js';
import type { NymApiClientOptions } from '../client/options.js';
import { nodeOpenSocket, type NodeSocketOptions } from './socket.js';

/** The nym-client's default websocket. */
export const DEFAULT_NYM_CLIENT_URL = 'ws://127.0.0.1:1977';

/** Options of {@link createNymApiClient}: those of {@link NymApiClient}, platform parts optional. */
export type NodeClientOptions = Partial<NymApiClientOptions> & NodeSocketOptions;

/**
 * A client of a nym-client websocket on Node (`ws`, the system clock, `Math.random` for jitter:
 * jitter needs no secrecy). Starts connecting at once.
 * @example const client = createNymApiClient({ url: 'ws://127.0.0.1:1977', mode: 'text' });
 */
export function createNymApiClient(options: NodeClientOptions = {}): NymApiClient {
  const { maxPayload, ...rest } = options;
  return new NymApiClient({
    url: DEFAULT_NYM_CLIENT_URL,
    openSocket: nodeOpenSocket(maxPayload === undefined ? {} : { maxPayload }),
    clock: systemClock,
    random: Math.random,
    ...rest,
  });
}

/**
 * Creates a client and waits for its first connection.
 * @throws {NymApiError} `nym_api.disconnected` when it gives up (see `reconnect.maxAttempts`)
 * @example const client = await connectNymApi(); console.log(client.address?.toString());
 */
export async function connectNymApi(options: NodeClientOptions = {}): Promise<NymApiClient> {
  const client = createNymApiClient(options);
  try {
    await client.ready();
  } catch (error) {
    await client.close();
    throw error;
  }
  return client;
}
