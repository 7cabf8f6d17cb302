import { ServerError } from '../errors.js';
import { parseConfig } from './config.js';
import { runImportV2 } from './import-v2-command.js';
import { createLogger, type Logger } from './logger.js';
import { startPasteServer, type RunningPasteServer } from './server.js';

/** Where the command writes, and the process it runs in (injected for tests). */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Registers a handler for SIGINT and SIGTERM; returns its removal. */
  readonly onSignal: (handler: (signal: string) => void) => () => void;
  readonly logger?: (level: Parameters<typeof createLogger>[0]) => Logger;
}

/**
 * `pastenym-server`: parses the configuration, starts the server, prints its address on
 * stdout, and on SIGINT/SIGTERM shuts down gracefully. Resolves to the exit code: 0 after a
 * clean shutdown or `--help`, 2 for a bad configuration, 1 when the start failed, 130 when a
 * second signal cut the shutdown short.
 */
export async function runCli(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  io: CliIo,
): Promise<number> {
  if (argv[0] === 'import-v2') return runImportV2(argv.slice(1), env, io);
  let request;
  try {
    request = parseConfig(argv, env);
  } catch (error) {
    if (!(error instanceof ServerError)) throw error;
    io.stderr(`pastenym-server: ${error.message}\n`);
    return 2;
  }
  if (request.kind === 'help') {
    io.stdout(`${request.text}\n`);
    return 0;
  }
  const { config } = request;
  const logger = (io.logger ?? createLogger)(config.logLevel);
  const aborted = new AbortController();
  let server: RunningPasteServer | undefined;
  let signalled: (code: number) => void = () => {};
  const finished = new Promise<number>((resolve) => (signalled = resolve));
  let signals = 0;
  const removeHandler = io.onSignal((signal) => {
    signals++;
    logger.info({ signal }, 'signal received');
    if (signals > 1) signalled(130);
    else if (server === undefined) aborted.abort();
    else void server.stop().then(() => signalled(0));
  });
  try {
    server = await startPasteServer(config, {
      logger,
      signal: aborted.signal,
      // The server's own address is public by nature: clients need it.
      onAddress: (address) => io.stdout(`pastenym-server address: ${address}\n`),
    });
  } catch (error) {
    removeHandler();
    if (aborted.signal.aborted) return 0;
    io.stderr(`pastenym-server: ${error instanceof Error ? error.message : 'start failed'}\n`);
    return 1;
  }
  const code = await finished;
  removeHandler();
  return code;
}
