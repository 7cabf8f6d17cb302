import { parsePasteLink } from '@pastenym/paste-protocol';
import type { Invocation } from '../args/command-line.js';
import { usageError } from '../errors.js';
import type { CommandContext } from './context.js';

/**
 * `pastenym delete`: deletes a paste with the token `create` printed. A wrong token reads as
 * "not found" (exit 4), like a paste that is gone: the server does not tell them apart.
 */
export async function deleteCommand(
  ctx: CommandContext,
  invocation: Extract<Invocation, { command: 'delete' }>,
): Promise<number> {
  const link = parsePasteLink(invocation.target);
  if (!link) throw usageError('not a paste link or id');
  await ctx.withServer((client) => {
    ctx.progress.stage('send');
    return client.deletePaste(link.pasteId, invocation.token);
  });
  if (ctx.json) await ctx.printJson({ ok: true, command: 'delete', pasteId: link.pasteId });
  else await ctx.print('deleted\n');
  return 0;
}
