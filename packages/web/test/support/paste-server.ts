// The paste service on a nym-client websocket, composed from @pastenym/server's public API
// (PasteService, RequestPump, SQLite store) the way its startPasteServer does, minus the
// configuration and logging edge, which that package does not export.
import { createNodeCrypto } from '@pastenym/crypto/node';
import { createNymApiClient } from '@pastenym/nym-api/node';
import { openSqliteStorage, PasteService, RequestPump } from '@pastenym/server';

export interface TestPasteServer {
  readonly address: string;
  /** The service itself, to plant pastes without going through the mixnet. */
  readonly service: PasteService;
  close(): Promise<void>;
}

/** Starts the service behind the nym-client at `url`, storing pastes in `directory`. */
export async function startTestPasteServer(
  url: string,
  directory: string,
  difficulty: number,
): Promise<TestPasteServer> {
  const storage = await openSqliteStorage({ directory });
  const service = new PasteService({
    storage,
    crypto: createNodeCrypto(),
    limits: { maxBundleBytes: 4 * 1024 * 1024 },
    pow: { base: difficulty, max: difficulty },
  });
  const client = createNymApiClient({ url });
  const address = (await client.ready()).toString();
  const pump = new RequestPump({
    handle: (request) => service.handle(request, { now: Date.now() }),
    reply: (senderTag, reply) => client.reply(senderTag, reply),
  });
  const unsubscribe = client.onMessage(({ message, senderTag }) => pump.push(message, senderTag));
  return {
    address,
    service,
    async close() {
      unsubscribe();
      await pump.stop();
      await client.close();
      await storage.close();
    },
  };
}
