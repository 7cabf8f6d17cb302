// The paste service on a nym-client websocket, composed from @pastenym/server's public API
// (PasteService, RequestPump, SQLite store) the way its startPasteServer does, minus the
// configuration and logging edge, which that package does not export.
import { createNodeCrypto } from '@pastenym/crypto/node';
import { createNymApiClient } from '@pastenym/nym-api/node';
import { decodeReply, DEFAULT_REPLY_LIMITS, isV3Message } from '@pastenym/paste-protocol';
import { openSqliteStorage, PasteService, RequestPump } from '@pastenym/server';

export interface TestPasteServer {
  readonly address: string;
  /** The service itself, to plant pastes without going through the mixnet. */
  readonly service: PasteService;
  /** Keeps v3 pongs back until the returned function is called (a server slow to ping). */
  holdPongs(): () => void;
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
  let pongsHeld: Promise<void> | undefined;
  const isPong = (reply: Uint8Array | null) => {
    const decoded = reply && isV3Message(reply) ? decodeReply(reply, DEFAULT_REPLY_LIMITS) : null;
    return decoded?.ok === true && decoded.reply.op === 'pong';
  };
  const pump = new RequestPump({
    handle: async (request) => {
      const reply = await service.handle(request, { now: Date.now() });
      if (pongsHeld && isPong(reply)) await pongsHeld;
      return reply;
    },
    reply: (senderTag, reply) => client.reply(senderTag, reply),
  });
  const unsubscribe = client.onMessage(({ message, senderTag }) => pump.push(message, senderTag));
  return {
    address,
    service,
    holdPongs() {
      let release = () => {};
      pongsHeld = new Promise((resolve) => (release = resolve));
      return () => {
        pongsHeld = undefined;
        release();
      };
    },
    async close() {
      unsubscribe();
      await pump.stop();
      await client.close();
      await storage.close();
    },
  };
}
