// A service on a fresh SQLite store, and v3 requests built the way a client builds them.
import { createNodeCrypto } from '@pastenym/crypto/node';
import type { PasteOptions, Reply, Request } from '@pastenym/paste-protocol';
import {
  createDifficulty,
  decodeReply,
  DEFAULT_POW_PRICE,
  encodeRequest,
  newRequestId,
  powChallenge,
  solvePow,
} from '@pastenym/paste-protocol';
import { afterEach } from 'vitest';
import type { PasteServiceOptions, ServiceEvent, Storage } from '../../src/index.js';
import { openSqliteStorage, PasteService } from '../../src/index.js';
import { removeDirectory, tempDirectory } from '../support/sqlite.js';

export const crypto = createNodeCrypto();
/** A whole second on a Wednesday, so that stored expiry is exact. */
export const T0 = Date.UTC(2024, 1, 28, 12, 0, 0);
/** Low enough that solving is instant, high enough that a random nonce rarely passes. */
export const TEST_DIFFICULTY = 8;

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

/**
 * A create request with a solved proof of work: by default the test's base difficulty plus the
 * default price of the bundle's size and lifetime.
 */
export function createRequest(
  bundle: Uint8Array,
  options: Partial<PasteOptions> = {},
  difficulty?: number,
): Extract<Request, { op: 'create' }> {
  const id = newRequestId((n) => crypto.randomBytes(n));
  const pasteOptions = { expirySeconds: 86_400, maxViews: null, public: false, ...options };
  difficulty ??= createDifficulty(
    { difficulty: TEST_DIFFICULTY, price: DEFAULT_POW_PRICE },
    bundle.length,
    pasteOptions.expirySeconds,
  );
  const challenge = powChallenge(crypto, {
    requestId: id,
    bundleDigest: crypto.sha256(bundle),
    options: pasteOptions,
  });
  const nonce = solvePow(crypto, challenge, difficulty);
  return { op: 'create', id, options: pasteOptions, pow: { difficulty, nonce }, bundle };
}

/** A fresh request id. */
export function requestId(): string {
  return newRequestId((n) => crypto.randomBytes(n));
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
