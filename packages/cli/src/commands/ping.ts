import {
  isPasteProtocolError,
  V2_FORMAT_LIMITATIONS,
  type PasteClient,
  type ServerInfo,
} from '@pastenym/paste-protocol';
import type { OptionValues } from '../args/options.js';
import { formatDuration } from '../args/expiry.js';
import { CliError } from '../errors.js';
import { formatBytes } from '../output/terminal.js';
import type { CommandContext } from './context.js';

/**
 * Pings the server with the short ping timeout: what `ping` shows, and what `create` checks
 * first, failing fast when the server is offline and learning its limits and difficulty.
 * @throws {CliError} `cli.offline` when no answer comes in time.
 */
export async function pingServer(client: PasteClient, timeoutSeconds: number): Promise<ServerInfo> {
  try {
    return await client.ping({ timeoutMs: timeoutSeconds * 1000 });
  } catch (error) {
    if (!isPasteProtocolError(error, 'client.timeout')) throw error;
    throw new CliError(
      'cli.offline',
      `the server did not answer a ping within ${timeoutSeconds} s: it is offline or unreachable`,
      { cause: error },
    );
  }
}

/**
 * What a v2-only server costs, said once per run before the first paste is written or read
 * in the original format.
 */
export function v2Warning(info: ServerInfo): string | undefined {
  if (info.protocols.includes(3)) return undefined;
  const lost = V2_FORMAT_LIMITATIONS.map((line) => `  - ${line}\n`).join('');
  return `warning: this server speaks only the original Pastenym v2 protocol; pastes use its older, weaker format:\n${lost}`;
}

/** `pastenym ping`: the round trip, version, protocols and limits of the server. */
export async function pingCommand(ctx: CommandContext, options: OptionValues): Promise<number> {
  const { info, roundTripMs } = await ctx.withServer(async (client) => {
    ctx.progress.stage('ping');
    const started = ctx.io.clock.now();
    const info = await pingServer(client, options.pingTimeout);
    return { info, roundTripMs: ctx.io.clock.now() - started };
  });
  if (ctx.json) {
    await ctx.printJson({ ok: true, command: 'ping', roundTripMs, server: info });
    return 0;
  }
  const { limits, pow } = info;
  await ctx.print(
    [
      `server ${info.version} answered in ${(roundTripMs / 1000).toFixed(1)} s (protocols ${info.protocols.join(', ')})`,
      `largest paste ${formatBytes(limits.maxBundleBytes)} encrypted; views up to ${limits.maxViews}`,
      `expiry ${limits.expiryChoices.map(formatDuration).join(', ')}; proof of work ${pow.difficulty} bits`,
      '',
    ].join('\n'),
  );
  return 0;
}
