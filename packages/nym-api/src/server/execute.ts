import { decodeRequestFrame } from '../codec/frames.js';
import {
  errorResponse,
  type ClientRequest,
  type Frame,
  type ServerResponse,
} from '../codec/types.js';
import type { ApiBackend } from './backend.js';

function laneQueueLength(backend: ApiBackend, lane: bigint): ServerResponse {
  return { type: 'laneQueueLength', lane, queueLength: backend.laneQueueLength?.(lane) ?? 0 };
}

async function run(backend: ApiBackend, request: ClientRequest): Promise<ServerResponse | null> {
  switch (request.type) {
    case 'send':
      await backend.send(request.recipient, request.message, request.connectionId);
      break;
    case 'sendAnonymous':
      await backend.sendAnonymous(
        request.recipient,
        request.message,
        request.replySurbs,
        request.connectionId,
      );
      break;
    case 'reply':
      await backend.reply(request.senderTag, request.message, request.connectionId);
      break;
    case 'selfAddress':
      return { type: 'selfAddress', address: backend.selfAddress() };
    case 'closedConnection':
      backend.closeConnection?.(request.connectionId);
      return null;
    case 'getLaneQueueLength':
      return laneQueueLength(backend, request.connectionId);
  }
  // Sends are answered only when they name a connection (lane), as by the real client.
  return request.connectionId === null ? null : laneQueueLength(backend, request.connectionId);
}

/**
 * Decodes one frame and runs it against the backend; returns the answer to send, if any. Bad
 * frames get the real client's error replies; a failing backend an `other` error. Never throws.
 */
export async function executeRequest(
  backend: ApiBackend,
  frame: Frame,
): Promise<ServerResponse | null> {
  const decoded = decodeRequestFrame(frame);
  if (!decoded.ok) return decoded.error;
  try {
    return await run(backend, decoded.value);
  } catch (error) {
    return errorResponse(
      'other',
      error instanceof Error ? error.message : 'the mixnet client failed',
    );
  }
}
