// A paste server (the real PasteService on SQLite) behind an in-memory mixnet, and a
// nym-client websocket API on 127.0.0.1 for the command to use, all in one process.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNodeCrypto } from '@pastenym/crypto/node';
import { LoopbackNetwork } from '@pastenym/nym-api/testing';
import { NymApiServer } from '@pastenym/nym-api/node';
import { decodeRequest, DEFAULT_LIMITS } from '@pastenym/paste-protocol';
import { createV2ServerDouble } from '@pastenym/paste-protocol/testing';
import { openSqliteStorage, PasteService, RequestPump } from '@pastenym/server';
import { forcedV2 } from './forced-v2.js';
import { runCli } from '../../src/index.js';
import { memoryIo, type IoOptions, type RunResult } from './memory-io.js';

export interface LoopbackStack {
  readonly serverAddress: string;
  readonly nymClientUrl: string;
  /** A scratch directory: the command's working directory. */
  readonly dir: string;
  /** An address nobody answers at (an offline server). */
  readonly silentAddress: string;
  /** Another one. */
  readonly silentAddress2: string;
  /** A v2-only server: the double written from the v2 reference. */
  readonly v2DoubleAddress: string;
  /** Our service on the same store, answering v2 only (v3 dropped, v2 ping naming no v3). */
  readonly forcedV2Address: string;
  /** Our service on the same store, answering pings at once and anything else after 1 s. */
  readonly slowAddress: string;
  /** The ops of the v3 requests the slow server received, in order. */
  readonly slowServerOps: readonly string[];
  /** Moves the server's clock forward. */
  advance(ms: number): void;
  /** Runs `pastenym` in process against this stack. */
  run(argv: readonly string[], options?: Partial<IoOptions>): Promise<RunResult>;
  close(): Promise<void>;
}

export const TEST_LIMITS = { maxBundleBytes: 256 * 1024 };
/** How long the slow server takes to answer anything but a ping. */
export const SLOW_REPLY_MS = 1000;

export async function startLoopbackStack(): Promise<LoopbackStack> {
  const dir = await mkdtemp(join(tmpdir(), 'pastenym-cli-'));
  const crypto = createNodeCrypto();
  const network = new LoopbackNetwork({ rng: (n) => new Uint8Array(randomBytes(n)) });
  const serverSide = network.createClient();
  const storage = await openSqliteStorage({ directory: join(dir, 'server-data') });
  let offset = 0;
  const service = new PasteService({
    storage,
    crypto,
    limits: TEST_LIMITS,
    pow: { base: 8, max: 8 },
  });
  const pump = new RequestPump({
    handle: (request) => service.handle(request, { now: Date.now() + offset }),
    reply: (tag, reply) => Promise.resolve(serverSide.reply(tag, reply)),
  });
  serverSide.onReceived((message, tag) => pump.push(message, tag));
  const v2Side = network.createClient();
  const double = createV2ServerDouble({
    rng: (n) => new Uint8Array(randomBytes(n)),
    now: () => Date.now() + offset,
  });
  v2Side.onReceived((message, tag) => {
    const reply = double.handle(message);
    if (reply && tag) v2Side.reply(tag, reply);
  });
  const forcedSide = network.createClient();
  forcedSide.onReceived((message, tag) => {
    void forcedV2(service, message, Date.now() + offset).then((reply) => {
      if (reply && tag) forcedSide.reply(tag, reply);
    });
  });
  const slowSide = network.createClient();
  const slowServerOps: string[] = [];
  slowSide.onReceived((message, tag) => {
    const decoded = decodeRequest(message, { ...DEFAULT_LIMITS, ...TEST_LIMITS });
    const op = decoded.ok ? decoded.request.op : 'malformed';
    slowServerOps.push(op);
    setTimeout(
      () =>
        void service.handle(message, { now: Date.now() + offset }).then((reply) => {
          if (reply && tag) slowSide.reply(tag, reply);
        }),
      op === 'ping' ? 0 : SLOW_REPLY_MS,
    );
  });
  const api = await NymApiServer.listen({ backend: network.createClient(), port: 0 });
  const silentAddress = network.createClient().selfAddress().toString();
  const silentAddress2 = network.createClient().selfAddress().toString();
  const serverAddress = serverSide.selfAddress().toString();
  return {
    serverAddress,
    nymClientUrl: api.url,
    dir,
    silentAddress,
    silentAddress2,
    v2DoubleAddress: v2Side.selfAddress().toString(),
    forcedV2Address: forcedSide.selfAddress().toString(),
    slowAddress: slowSide.selfAddress().toString(),
    slowServerOps,
    advance: (ms) => {
      offset += ms;
    },
    async run(argv, options = {}) {
      const { io, result } = memoryIo({ cwd: dir, ...options });
      const code = await runCli(
        [
          ...argv,
          ...(argv.includes('--nym-client') ? [] : ['--nym-client', api.url]),
          ...(argv.includes('--server') ? [] : ['--server', serverAddress]),
        ],
        io,
        { crypto },
      );
      return result(code);
    },
    async close() {
      await pump.stop();
      await api.close();
      await storage.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
