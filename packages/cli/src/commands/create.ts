import { formatPasteLink, isPasteProtocolError, type ServerInfo } from '@pastenym/paste-protocol';
import type { Invocation } from '../args/command-line.js';
import { chooseExpiry, formatDuration, parseExpiry } from '../args/expiry.js';
import { pasteContent } from '../content/paste-body.js';
import { CliError, usageError } from '../errors.js';
import { readAttachments } from '../node/read-files.js';
import { obtainPassword } from '../node/password.js';
import { readAllInput } from '../node/stdin.js';
import { formatBytes } from '../output/terminal.js';
import { MAX_CONTENT_BYTES, type CommandContext } from './context.js';
import { pingServer, v2Warning } from './ping.js';

type CreateInvocation = Extract<Invocation, { command: 'create' }>;

/**
 * `pastenym create`: reads the text (argument, else stdin when it is not a terminal, every
 * byte kept) and files, pings the server, then seals, solves the proof of work and uploads.
 * Prints the link on stdout and the delete token on stderr (both in one object with --json).
 */
export async function createCommand(
  ctx: CommandContext,
  invocation: CreateInvocation,
): Promise<number> {
  const { options } = invocation;
  const requestedExpiry = parseExpiry(options.expire);
  const maxViews = options.views ?? (options.burn ? 1 : null);
  const content = await readContent(ctx, invocation);
  const wantsPassword = options.password || options.passwordFile !== undefined;
  const password = wantsPassword
    ? await obtainPassword({ ...ctx.io, file: options.passwordFile }, true)
    : undefined;

  const { expiry, created } = await ctx.withServer(async (client) => {
    ctx.progress.stage('ping');
    const info = await pingServer(client, options.pingTimeout);
    const warning = v2Warning(info);
    if (warning !== undefined) await ctx.note(warning);
    const expiry = chooseExpiry(requestedExpiry, info.limits.expiryChoices);
    const created = await client
      .createPaste(content, {
        expirySeconds: expiry.seconds,
        maxViews,
        public: options.public,
        ...(password === undefined ? {} : { password }),
        onProgress: ctx.progress.onCreate,
      })
      .catch((error: unknown) => {
        throw explainTooLarge(error, info);
      });
    return { expiry, created };
  });
  if (!expiry.exact) {
    await ctx.note(
      `note: the server offers no ${formatDuration(requestedExpiry)} expiry; using ${formatDuration(expiry.seconds)}\n`,
    );
  }
  const link = formatPasteLink(options.instance, {
    pasteId: created.pasteId,
    ...(created.key === null ? {} : { key: created.key }),
    passwordRequired: created.passwordProtected,
    // Link previews and scanners would spend the views of a limited paste.
    confirmBeforeOpening: maxViews !== null,
  });
  if (ctx.json) {
    await ctx.printJson({
      ok: true,
      command: 'create',
      link,
      pasteId: created.pasteId,
      key: created.key,
      ownerToken: created.ownerToken,
      format: created.format,
      expiresIn: created.expiresIn,
      expirySeconds: expiry.seconds,
      maxViews,
      public: options.public,
      passwordProtected: created.passwordProtected,
    });
    return 0;
  }
  await ctx.print(`${link}\n`);
  await ctx.note(
    (created.ownerToken === null
      ? 'no delete token: v2 servers cannot delete pastes\n'
      : `delete token: ${created.ownerToken}\n` +
        `  (delete with: pastenym delete ${created.pasteId} --token ${created.ownerToken})\n`) +
      (created.passwordProtected
        ? 'the link alone does not open it: the password is needed too\n'
        : ''),
  );
  return 0;
}

async function readContent(ctx: CommandContext, invocation: CreateInvocation) {
  const { io } = ctx;
  const files = await readAttachments(invocation.options.file, io.cwd, MAX_CONTENT_BYTES);
  const fromStdin = invocation.text === '-' || (invocation.text === undefined && !io.stdin.isTTY);
  const body = fromStdin
    ? await readAllInput(io.stdin, MAX_CONTENT_BYTES)
    : (invocation.text ?? '');
  if (body.length === 0 && files.length === 0) {
    throw usageError('nothing to paste: give TEXT, pipe data into stdin, or --file PATH');
  }
  return pasteContent(body, files);
}

/** Size refusals say the limit, in the unit people think in. */
function explainTooLarge(error: unknown, info: ServerInfo): unknown {
  const limit = formatBytes(info.limits.maxBundleBytes);
  if (
    isPasteProtocolError(error, 'client.too_large') ||
    isPasteProtocolError(error, 'request.too_large')
  ) {
    return new CliError(
      'cli.too_large',
      `the paste is too large: the server accepts at most ${limit} once encrypted (${error.message})`,
      {
        cause: error,
      },
    );
  }
  return error;
}
