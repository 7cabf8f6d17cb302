import type { CryptoProvider } from '@pastenym/crypto';
import { createNodeCrypto } from '@pastenym/crypto/node';
import { uniformIndex } from '@pastenym/mixnet';
import { PasteClient } from '@pastenym/paste-protocol';
import { parseCommandLine, type Invocation } from './args/command-line.js';
import { helpText } from './args/help.js';
import { createCommand } from './commands/create.js';
import type { CommandContext } from './commands/context.js';
import { isServerOffline, withFailover } from './commands/failover.js';
import { deleteCommand } from './commands/delete.js';
import { getCommand } from './commands/get.js';
import { pingCommand } from './commands/ping.js';
import { describeFailure, formatFailure } from './exit-codes.js';
import type { CliIo } from './io.js';
import { openTransport } from './node/connect.js';
import { findServerAddresses } from './node/discovery.js';
import { ProgressLine } from './output/progress.js';
import { ProgressReporter } from './output/reporter.js';
import type { CliTransport } from './transports/transport.js';

/** Extra knobs for embedding the command (tests, the local stack); none are needed. */
export interface RunOptions {
  readonly crypto?: CryptoProvider;
}

/**
 * Runs `pastenym` with `argv` (without the program name) on the given streams, environment,
 * directory and clock, and returns the exit code (see `EXIT`). Never throws: every failure is
 * one line `error [code]: message` on stderr (and, with `--json`, an object on stdout).
 * @example process.exitCode = await runCli(process.argv.slice(2), processIo());
 */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  run: RunOptions = {},
): Promise<number> {
  const line = io.stderr.isTTY
    ? new ProgressLine({
        write: (text) => void io.stderr.write(text).catch(() => undefined),
        now: () => io.clock.now(),
        ...(io.stderr.columns ? { columns: io.stderr.columns } : {}),
      })
    : undefined;
  const progress = new ProgressReporter(line, io.clock);
  const transports: CliTransport[] = [];
  const clients: PasteClient[] = [];
  let json = jsonRequested(argv);
  let command: string | undefined;
  try {
    const invocation = parseCommandLine(argv, io.env);
    command = invocation.command;
    if (invocation.command === 'help') {
      await io.stdout.write(helpText(invocation.topic));
      return 0;
    }
    json = invocation.options.json;
    const crypto = run.crypto ?? createNodeCrypto();
    const { options } = invocation;
    const pick = (n: number) => uniformIndex((k) => crypto.randomBytes(k), n);
    const ctx = context(io, crypto, progress, json, async (request) => {
      const servers = await findServerAddresses({ ...options, cwd: io.cwd });
      return withFailover(servers, pick, async (server) => {
        if (!options.nymClient && options.network === 'local') progress.stage('connect');
        const transport = await openTransport({ ...options, crypto, io, server });
        transports.push(transport);
        const client = new PasteClient({ transport, crypto, timeoutMs: options.timeout * 1000 });
        clients.push(client);
        try {
          return await request(client);
        } catch (error) {
          // A nym-client takes one application connection at a time: free it for the retry.
          if (isServerOffline(error)) await closeOne(client, transport);
          throw error;
        }
      });
    });
    return await dispatch(ctx, invocation);
  } catch (error) {
    progress.stop();
    const report = describeFailure(error, command);
    await io.stderr.write(formatFailure(report)).catch(() => undefined);
    if (json) {
      const body = { ok: false, error: report };
      await io.stdout.write(`${JSON.stringify(body)}\n`).catch(() => undefined);
    }
    return report.exitCode;
  } finally {
    progress.stop();
    for (const client of clients) client.close();
    await Promise.all(transports.map((transport) => transport.close()));
  }

  async function closeOne(client: PasteClient, transport: CliTransport): Promise<void> {
    clients.splice(clients.indexOf(client), 1);
    transports.splice(transports.indexOf(transport), 1);
    client.close();
    await transport.close();
  }
}

function dispatch(
  ctx: CommandContext,
  invocation: Exclude<Invocation, { command: 'help' }>,
): Promise<number> {
  switch (invocation.command) {
    case 'create':
      return createCommand(ctx, invocation);
    case 'get':
      return getCommand(ctx, invocation);
    case 'delete':
      return deleteCommand(ctx, invocation);
    case 'ping':
      return pingCommand(ctx, invocation.options);
  }
}

function context(
  io: CliIo,
  crypto: CryptoProvider,
  progress: ProgressReporter,
  json: boolean,
  withServer: CommandContext['withServer'],
): CommandContext {
  return {
    io,
    crypto,
    progress,
    json,
    withServer,
    async note(text) {
      progress.stop();
      await io.stderr.write(text);
    },
    async print(chunk) {
      progress.stop();
      await io.stdout.write(chunk);
    },
    async printJson(value) {
      progress.stop();
      await io.stdout.write(`${JSON.stringify(value)}\n`);
    },
  };
}

// Parsing may fail before --json is known; a script asking for JSON still gets JSON.
function jsonRequested(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).includes('--json');
}
