// The real server (startPasteServer) on a test network, with its logs captured.
import type { Storage } from '../../src/index.js';
import type { RunningPasteServer, ServerConfig } from '../../src/node/index.js';
import { createLogger, parseConfig, startPasteServer } from '../../src/node/index.js';
import { removeDirectory, tempDirectory } from '../support/sqlite.js';
import { startTestNetwork, type TestNetwork } from './network.js';
import { TEST_DIFFICULTY, useCleanups, type Cleanups } from './service.js';

/** Every log line the server wrote. */
export class LogSink {
  readonly lines: string[] = [];
  write(line: string): void {
    this.lines.push(line);
  }
}

/** A configuration from flags, with the test difficulty. */
export function testConfig(url: string, directory: string, flags: string[] = []): ServerConfig {
  const request = parseConfig(
    [
      '--nym-client',
      url,
      '--data-dir',
      directory,
      '--pow-difficulty',
      String(TEST_DIFFICULTY),
      ...flags,
    ],
    {},
  );
  if (request.kind !== 'run') throw new Error('no configuration');
  return request.config;
}

/** Starts the server with trace-level logs into `sink` and a fast reconnect. */
export function startTestServer(
  config: ServerConfig,
  sink: LogSink,
  openStorage?: (config: ServerConfig) => Promise<Storage>,
): Promise<RunningPasteServer> {
  return startPasteServer(config, {
    logger: createLogger('trace', sink),
    nymClient: { reconnect: { initialDelayMs: 20, maxDelayMs: 100 } },
    ...(openStorage ? { openStorage } : {}),
  });
}

/** A test network and a fresh data directory, closed and removed by `cleanups`. */
export async function networkAndDirectory(
  cleanups: Cleanups,
): Promise<{ net: TestNetwork; directory: string }> {
  const net = await startTestNetwork();
  cleanups.push(() => net.close());
  const directory = tempDirectory('pastenym-server-');
  cleanups.push(() => removeDirectory(directory));
  return { net, directory };
}

/**
 * Starts a test network and the server on it with `flags`, over a fresh data directory; all of
 * it is stopped and removed after each test.
 */
export function useServerOnNetwork(): (
  flags?: string[],
) => Promise<{ net: TestNetwork; server: RunningPasteServer; logs: LogSink }> {
  const cleanups = useCleanups();
  return async (flags = []) => {
    const { net, directory } = await networkAndDirectory(cleanups);
    const logs = new LogSink();
    const server = await startTestServer(testConfig(net.daemon.url, directory, flags), logs);
    cleanups.push(() => server.stop());
    return { net, server, logs };
  };
}
