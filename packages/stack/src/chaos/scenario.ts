import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CryptoProvider } from '@pastenym/crypto';
import { createNodeCrypto } from '@pastenym/crypto/node';
import {
  startChaosStack,
  CLIENTS_GATEWAY,
  SERVER_GATEWAY,
  type ChaosStack,
} from './chaos-stack.js';
import { openEmbeddedClient, type EmbeddedPasteClient } from './embedded-client.js';

/** Half the clients share the server's gateway, half use the other one. */
export const gatewayOf = (index: number) => (index % 2 === 0 ? CLIENTS_GATEWAY : SERVER_GATEWAY);

/** What a scenario runs on: the stack, its directory, and a way to join clients to it. */
export interface ScenarioContext {
  readonly stack: ChaosStack;
  readonly crypto: CryptoProvider;
  readonly dir: string;
  /** Joins `gateway` (a node name) with a fresh embedded client, closed when the run ends. */
  readonly join: (gateway: string, timeoutMs: number) => Promise<EmbeddedPasteClient>;
}

/** Options of {@link runScenario}. */
export interface ScenarioOptions {
  /** Prefix of the temporary directory's name. */
  readonly dirPrefix: string;
  /** The paste server's flags, when not the chaos stack's own. */
  readonly serverFlags?: readonly string[];
  readonly log: (line: string) => void;
}

/**
 * Starts the chaos stack in a fresh temporary directory and runs `scenario` on it; then, however
 * it ended, closes every client it joined, stops the stack and removes the directory.
 * @throws {MixnetError} or {@link StackError} when the stack does not start; what `scenario` throws
 */
export async function runScenario<T>(
  options: ScenarioOptions,
  scenario: (context: ScenarioContext) => Promise<T>,
): Promise<T> {
  const crypto = createNodeCrypto();
  const dir = await mkdtemp(join(tmpdir(), options.dirPrefix));
  // Interrupted (the command exits on SIGINT/SIGTERM): leave no directory behind.
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  process.once('exit', removeDir);
  const clients: EmbeddedPasteClient[] = [];
  let stack: ChaosStack | undefined;
  try {
    options.log('starting the mixnet, the nym-client and the paste server…');
    stack = await startChaosStack(dir, crypto, { serverFlags: options.serverFlags });
    const { mixnet, serverAddress } = stack;
    const join = async (gateway: string, timeoutMs: number) => {
      const client = await openEmbeddedClient({
        crypto,
        directoryUrl: mixnet.directoryUrl,
        directoryKey: mixnet.directoryKey,
        gateway: mixnet.node(gateway).address,
        server: serverAddress,
        timeoutMs,
      });
      clients.push(client);
      return client;
    };
    return await scenario({ stack, crypto, dir, join });
  } finally {
    for (const client of clients) client.close();
    await stack?.stop();
    process.off('exit', removeDir);
    await rm(dir, { recursive: true, force: true });
  }
}
