// The real server (startPasteServer) on a test network, with its logs captured.
import type { Storage } from '../../src/index.js';
import type { RunningPasteServer, ServerConfig } from '../../src/node/index.js';
import { createLogger, parseConfig, startPasteServer } from '../../src/node/index.js';
import { TEST_DIFFICULTY } from './service.js';

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
