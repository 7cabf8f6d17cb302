import { resolve } from 'node:path';
import { encodeBase64, utf8 } from '@pastenym/crypto';
import {
  isPasteProtocolError,
  isV3LinkKey,
  parsePasteLink,
  type FetchedPaste,
  type GetPasteOptions,
  type PasteClient,
} from '@pastenym/paste-protocol';
import type { Invocation } from '../args/command-line.js';
import { splitContent } from '../content/paste-body.js';
import { CliError, usageError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { checkOutputDir, saveAttachments, type SavedFile } from '../node/save-files.js';
import { obtainPassword } from '../node/password.js';
import { formatBytes, terminalSafe } from '../output/terminal.js';
import type { CommandContext } from './context.js';
import { pingServer, v2Warning } from './ping.js';

type GetInvocation = Extract<Invocation, { command: 'get' }>;

/** Where raw (non-UTF-8) content goes when stdout is a terminal. */
const BINARY_BODY_NAME = 'paste.bin';

/**
 * `pastenym get`: fetches a paste (one view), prints its text on stdout (byte for byte when
 * stdout is not a terminal; control characters made visible when it is) and saves its
 * attachments into `--out`, never overwriting a file without `--force`.
 */
export async function getCommand(ctx: CommandContext, invocation: GetInvocation): Promise<number> {
  const { options } = invocation;
  const { io } = ctx;
  const link = parsePasteLink(invocation.target);
  if (!link) throw usageError('not a paste link or id');
  const key = options.key ?? link.key;
  if (key === undefined && !options.public) {
    throw usageError('the link has no key: pass --key KEY (or --public for a public paste)');
  }
  const outDir = resolve(io.cwd, options.out);
  await checkOutputDir(outDir);
  // Asked for before fetching: a fetch spends a view, and burned pastes cannot be fetched again.
  const needsPassword =
    options.password || options.passwordFile !== undefined || link.passwordRequired;
  const password = needsPassword
    ? await obtainPassword({ ...io, file: options.passwordFile }, false)
    : io.env.PASTENYM_PASSWORD || undefined;

  const fetched = await ctx.withServer(async (client) => {
    const call = {
      ...(key === undefined ? {} : { key }),
      ...(password === undefined ? {} : { password }),
      onProgress: ctx.progress.onGet,
    };
    if (isV3LinkKey(key)) {
      // Only a v3 server holds a paste with a v3 key, so no ping is needed to learn the
      // protocol; the reply's first fragment tells as fast as a pong that the server answers.
      return client.seesArrivals
        ? fetchWithoutPing(client, link.pasteId, call, options.pingTimeout)
        : fetchWithLatePing(ctx, client, link.pasteId, call, options.pingTimeout);
    }
    // The ping tells which protocol the server speaks (v2-only servers drop v3 requests).
    ctx.progress.stage('ping');
    const warning = v2Warning(await pingServer(client, options.pingTimeout));
    if (warning !== undefined) await ctx.note(warning);
    return client.getPaste(link.pasteId, call);
  });
  const { body, files } = splitContent(fetched.content);
  const binaryOnTerminal = typeof body !== 'string' && !ctx.json && io.stdout.isTTY === true;
  const toSave =
    binaryOnTerminal && body.length > 0
      ? [{ name: BINARY_BODY_NAME, type: 'application/octet-stream', data: body }, ...files]
      : files;
  const saved =
    toSave.length === 0
      ? []
      : await saveAttachments(toSave, outDir, {
          force: options.force,
          // The last view is spent: refusing to save would lose the paste for good.
          renameOnConflict: fetched.remainingViews === 0,
        });
  if (ctx.json) await printJson(ctx, link.pasteId, fetched, body, saved);
  else await printHuman(ctx, fetched, binaryOnTerminal ? '' : body, saved);
  const renamed = saved.filter((file) => file.wanted !== undefined);
  if (renamed.length === 0) return EXIT.ok;
  const list = renamed.map((file) => `${file.wanted} as "${file.name}"`).join(', ');
  await ctx.note(
    `error [cli.file_exists]: not overwriting existing files; this was the last view, so saved ${list}\n`,
  );
  return EXIT.failure;
}

/**
 * A get sent at once: when not even the reply's first fragment comes within the ping timeout,
 * the server is offline, said as a ping would say it.
 * @throws {CliError} `cli.offline`; the errors of `getPaste` otherwise.
 */
async function fetchWithoutPing(
  client: PasteClient,
  pasteId: string,
  options: GetPasteOptions,
  pingTimeoutSeconds: number,
): Promise<FetchedPaste> {
  let answered = false;
  const onProgress: GetPasteOptions['onProgress'] = (progress) => {
    if (progress.stage === 'receive') answered = true;
    options.onProgress?.(progress);
  };
  const answerWithinMs = pingTimeoutSeconds * 1000;
  try {
    return await client.getPaste(pasteId, { ...options, answerWithinMs, onProgress, v3Link: true });
  } catch (error) {
    if (answered || !isPasteProtocolError(error, 'client.timeout')) throw error;
    throw new CliError(
      'cli.offline',
      `the server did not answer within ${pingTimeoutSeconds} s: it is offline or unreachable`,
      { cause: error },
    );
  }
}

/**
 * A get sent at once through a transport that shows only whole replies (a nym-client): when
 * the reply has not come within the ping timeout, a ping asks whether the server is there. A
 * small paste costs no ping; a large one, one ping; an offline server is said after twice the
 * ping timeout.
 * @throws {CliError} `cli.offline`; the errors of `getPaste` otherwise.
 */
async function fetchWithLatePing(
  ctx: CommandContext,
  client: PasteClient,
  pasteId: string,
  options: GetPasteOptions,
  pingTimeoutSeconds: number,
): Promise<FetchedPaste> {
  const { clock } = ctx.io;
  const giveUp = new AbortController();
  let pingFailure: unknown;
  const timer = clock.setTimeout(() => {
    pingServer(client, pingTimeoutSeconds).catch((error: unknown) => {
      pingFailure = error;
      giveUp.abort();
    });
  }, pingTimeoutSeconds * 1000);
  try {
    return await client.getPaste(pasteId, { ...options, signal: giveUp.signal, v3Link: true });
  } catch (error) {
    throw pingFailure ?? error;
  } finally {
    clock.clearTimeout(timer);
  }
}

async function printHuman(
  ctx: CommandContext,
  fetched: FetchedPaste,
  body: string | Uint8Array,
  saved: readonly SavedFile[],
): Promise<void> {
  const terminal = ctx.io.stdout.isTTY === true;
  if (typeof body === 'string' && body !== '') {
    // On a terminal, the paste's escape sequences must not reach it; elsewhere, keep every byte.
    await ctx.print(
      terminal ? `${terminalSafe(body)}${body.endsWith('\n') ? '' : '\n'}` : utf8(body),
    );
  } else if (typeof body !== 'string') {
    await ctx.print(body);
  }
  const notes = saved.map((file) => `saved ${file.path} (${formatBytes(file.size)})\n`);
  if (fetched.remainingViews === 0)
    notes.push('this was the last view: the paste is now deleted\n');
  if (!fetched.serverHonoursOptions) {
    notes.push("warning: the server's view count or expiry contradicts the paste's own options\n");
  }
  if (notes.length > 0) await ctx.note(notes.join(''));
}

async function printJson(
  ctx: CommandContext,
  pasteId: string,
  fetched: FetchedPaste,
  body: string | Uint8Array,
  saved: readonly SavedFile[],
): Promise<void> {
  await ctx.printJson({
    ok: true,
    command: 'get',
    pasteId,
    ...(typeof body === 'string' ? { text: body } : { bodyBase64: encodeBase64(body) }),
    attachments: saved,
    remainingViews: fetched.remainingViews,
    expiresIn: fetched.expiresIn,
    format: fetched.format,
    options: fetched.options,
    serverHonoursOptions: fetched.serverHonoursOptions,
  });
}
