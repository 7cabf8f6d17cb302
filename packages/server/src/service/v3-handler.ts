import type { Reply, Request } from '@pastenym/paste-protocol';
import { decodeRequest, encodeReply } from '@pastenym/paste-protocol';
import type { ServiceContext } from './options.js';
import { storageFailure } from './storage-failure.js';
import { createPaste } from './v3-create.js';
import { deletePaste, getPaste, pong } from './v3-read.js';
import { errorReply, storageFailureReply } from './v3-replies.js';

/**
 * Answers one v3 message (it starts with the v3 magic). Always returns reply bytes: refusals are
 * `error` replies carrying the request id when it was readable, storage failures become
 * `server.busy` or `server.internal`. Never throws.
 */
export async function handleV3(
  ctx: ServiceContext,
  bytes: Uint8Array,
  now: number,
): Promise<Uint8Array> {
  const decoded = decodeRequest(bytes, ctx.limits);
  if (!decoded.ok) {
    const { code, message, requestId } = decoded.error;
    ctx.emit({ protocol: 'v3', op: 'unknown', outcome: code });
    return encodeReply(errorReply(requestId ?? null, code, { message }));
  }
  const { request } = decoded;
  let reply: Reply;
  let storageError: ReturnType<typeof storageFailure>['storageError'] | undefined;
  try {
    reply = await run(ctx, request, now);
  } catch (error) {
    const failure = storageFailure(error);
    storageError = failure.storageError;
    reply = storageFailureReply(request.id, failure);
  }
  const outcome = reply.op === 'error' ? reply.code : 'ok';
  ctx.emit({ protocol: 'v3', op: request.op, outcome, ...(storageError ? { storageError } : {}) });
  try {
    return encodeReply(reply);
  } catch {
    // Only a bug produces a reply that does not encode; the client still deserves an answer.
    return encodeReply(errorReply(request.id, 'server.internal'));
  }
}

function run(ctx: ServiceContext, request: Request, now: number): Promise<Reply> {
  switch (request.op) {
    case 'ping':
      return Promise.resolve(pong(ctx, request.id, now));
    case 'create':
      return createPaste(ctx, request, now);
    case 'get':
      return getPaste(ctx, request, now);
    case 'delete':
      return deletePaste(ctx, request);
  }
}
