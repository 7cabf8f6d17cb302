// A service on a fresh SQLite store, and v3 requests through it (built as in requests.ts).
import type { Reply, Request } from '@pastenym/paste-protocol';
import { decodeReply, encodeRequest } from '@pastenym/paste-protocol';
import { afterEach } from 'vitest';
import type { PasteServiceOptions, ServiceEvent, Storage } from '../../src/index.js';
import { openSqliteStorage, PasteService } from '../../src/index.js';
import { removeDirectory, tempDirectory } from '../support/sqlite.js';
import { crypto, TEST_DIFFICULTY } from './requests.js';

export { createRequest, crypto, requestId, TEST_DIFFICULTY } from './requests.js';

/** A whole second on a Wednesday, so that stored expiry is exact. */
export const T0 = Date.UTC(2024, 1, 28, 12, 0, 0);

/** Steps that undo what a test started. */
export type Cleanups = (() => Promise<void>)[];

/** A list to push undo steps onto; after each test they run, the last pushed first. */
export function useCleanups(): Cleanups {
  const cleanups: Cleanups = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  return cleanups;
}

/** Opens SQLite stores in temp directories that are removed after each test. */
export function useSqlite(): () => Promise<{ storage: Storage; directory: string }> {
  const cleanups = useCleanups();
  return async () => {
    const directory = tempDirectory('pastenym-server-');
    const storage = await openSqliteStorage({ directory });
    cleanups.push(
      () => removeDirectory(directory),
      () => storage.close(),
    );
    return { storage, directory };
  };
}

/** A service with the test difficulty and a list of the events it reported. */
export function makeService(
  storage: Storage,
  options: Partial<PasteServiceOptions> = {},
): { service: PasteService; events: ServiceEvent[] } {
  const events: ServiceEvent[] = [];
  const service = new PasteService({
    storage,
    crypto,
    pow: { base: TEST_DIFFICULTY, max: TEST_DIFFICULTY + 4 },
    onEvent: (event) => events.push(event),
    ...options,
  });
  return { service, events };
}

/** Runs a v3 request through `handle` and decodes the reply. */
export async function call(
  service: PasteService,
  request: Request | Uint8Array,
  now = T0,
): Promise<Reply> {
  const bytes = request instanceof Uint8Array ? request : encodeRequest(request);
  const reply = await service.handle(bytes, { now });
  if (reply === null) throw new Error('no reply');
  const decoded = decodeReply(reply);
  if (!decoded.ok) throw new Error(`undecodable reply: ${decoded.error.message}`);
  return decoded.reply;
}

/** Random bytes standing in for a sealed bundle. */
export function bundleOf(length: number): Uint8Array {
  return crypto.randomBytes(length);
}
