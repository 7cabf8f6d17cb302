import { PasteProtocolError } from '../errors.js';
import { isWireErrorCode } from '../v3/error-codes.js';
import type { Reply } from '../v3/types.js';

/**
 * Narrows a reply to the expected operation, turning `error` replies into typed errors (by
 * their wire code; unknown codes become `server.internal`, with the code in the message).
 * @throws {PasteProtocolError} the server's code, or `client.bad_reply` for another operation.
 */
export function expectReply<Op extends Reply['op']>(
  reply: Reply,
  op: Op,
): Extract<Reply, { op: Op }> {
  if (reply.op === op) return reply as Extract<Reply, { op: Op }>;
  if (reply.op === 'error') {
    const code = isWireErrorCode(reply.code) ? reply.code : 'server.internal';
    const message = code === reply.code ? reply.message : `${reply.code}: ${reply.message}`;
    throw new PasteProtocolError(code, message);
  }
  throw new PasteProtocolError('client.bad_reply', `expected ${op}, got ${reply.op}`);
}
