import type { NymApiClient } from '@pastenym/nym-api';
import { ServerError } from '../errors.js';
import type { Storage } from '../storage/index.js';
import type { Logger } from './logger.js';

/**
 * Waits for the first connection to the nym-client and asks it for the server's own address.
 * Aborting `signal` gives up; on failure the client and the store are closed.
 * @throws {ServerError} `server.start_failed`
 */
export async function connectToNymClient(
  client: NymApiClient,
  deps: { readonly logger: Logger; readonly signal?: AbortSignal | undefined },
  storage: Storage,
): Promise<string> {
  const abort = () => void client.close();
  if (deps.signal?.aborted) abort();
  deps.signal?.addEventListener('abort', abort, { once: true });
  try {
    if (client.state !== 'open') deps.logger.info('waiting for the nym-client');
    await client.ready();
    return (await client.selfAddress()).toString();
  } catch (error) {
    await client.close();
    await storage.close();
    throw new ServerError('server.start_failed', 'no connection to the nym-client', {
      cause: error,
    });
  } finally {
    deps.signal?.removeEventListener('abort', abort);
  }
}

/** Resolves true when `promise` settles within `ms`, false otherwise. */
export function withTimeout(promise: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  return Promise.race([promise.then(() => true), timeout]).finally(() => clearTimeout(timer));
}
