// The local network for real: a local mixnet (single process, OS-chosen ports on 127.0.0.1),
// the paste service behind its own mixnet client, and the files the command discovers them by.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNodeCrypto } from '@pastenym/crypto/node';
import { generateClientKeys, MixnetClient } from '@pastenym/mixnet';
import { nodeWebSocket, startMixnet, type Mixnet } from '@pastenym/mixnet/node';
import { openSqliteStorage, PasteService, RequestPump } from '@pastenym/server';
import { runCli, SERVER_FILE } from '../../src/index.js';
import { memoryIo, type IoOptions, type RunResult } from './memory-io.js';

export interface MixnetStack {
  readonly dir: string;
  readonly mixnet: Mixnet;
  /** Moves the paste server's clock forward (expiry without waiting). */
  advance(ms: number): void;
  /** Requests the paste service has handled so far (pings included). */
  readonly requestsHandled: number;
  run(argv: readonly string[], options?: Partial<IoOptions>): Promise<RunResult>;
  close(): Promise<void>;
}

/** Starts everything; the command finds it through `<dir>/data` (`--data-dir data`). */
export async function startMixnetStack(maxBundleBytes = 10 * 1024 * 1024): Promise<MixnetStack> {
  const dir = await mkdtemp(join(tmpdir(), 'pastenym-cli-mixnet-'));
  const crypto = createNodeCrypto();
  const mixnet = await startMixnet({
    basePort: 0,
    singleProcess: true,
    dataDir: join(dir, 'data', 'mixnet'),
    // Generous: in one process, Sphinx work for a large paste delays heartbeats.
    heartbeatMs: 2000,
    crypto,
    nodeOptions: { replayFilter: { capacity: 200_000 } },
  });
  const server = await MixnetClient.start({
    crypto,
    keys: generateClientKeys(crypto),
    directoryUrl: mixnet.directoryUrl,
    directoryKey: mixnet.directoryKey,
    connect: nodeWebSocket,
  });
  const storage = await openSqliteStorage({ directory: join(dir, 'server-data') });
  let clockOffset = 0;
  let requestsHandled = 0;
  const service = new PasteService({
    storage,
    crypto,
    limits: { maxBundleBytes },
    pow: { base: 8, max: 8 },
  });
  const pump = new RequestPump({
    handle: (request) => {
      requestsHandled++;
      return service.handle(request, { now: Date.now() + clockOffset });
    },
    reply: (tag, reply) => server.reply(tag, reply),
  });
  server.onMessage(({ data, senderTag }) => pump.push(data, senderTag));
  await writeFile(join(dir, 'data', SERVER_FILE), JSON.stringify({ address: server.address }));
  return {
    dir,
    mixnet,
    advance: (ms) => {
      clockOffset += ms;
    },
    get requestsHandled() {
      return requestsHandled;
    },
    async run(argv, options = {}) {
      const { io, result } = memoryIo({ cwd: dir, ...options });
      return result(await runCli([...argv, '--data-dir', 'data'], io, { crypto }));
    },
    async close() {
      // Replies still waiting for their last acknowledgements are abandoned, not awaited.
      server.close();
      await Promise.race([pump.stop(), new Promise((done) => setTimeout(done, 2000))]);
      await storage.close();
      await mixnet.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
