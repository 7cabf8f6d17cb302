import { decodeBinaryRequest } from './binary-request-decode.js';
import { encodeBinaryRequest } from './binary-request.js';
import { decodeBinaryResponse, encodeBinaryResponse } from './binary-response.js';
import { decodeTextRequest, encodeTextRequest } from './text-request.js';
import { decodeTextResponse, encodeTextResponse } from './text-response.js';
import type { ClientRequest, Decoded, Frame, FrameMode, ServerResponse } from './types.js';

/**
 * Encodes a request as a frame of the given mode.
 * @throws {NymApiError} as {@link encodeBinaryRequest} / {@link encodeTextRequest}
 * @example encodeRequestFrame({ type: 'selfAddress' }, 'text') // { type: 'text', text: '{"type":"selfAddress"}' }
 */
export function encodeRequestFrame(request: ClientRequest, mode: FrameMode): Frame {
  return mode === 'binary'
    ? { type: 'binary', bytes: encodeBinaryRequest(request) }
    : { type: 'text', text: encodeTextRequest(request) };
}

/** Decodes a request frame by its type; never throws. */
export function decodeRequestFrame(frame: Frame): Decoded<ClientRequest> {
  return frame.type === 'binary' ? decodeBinaryRequest(frame.bytes) : decodeTextRequest(frame.text);
}

/**
 * Encodes a response as a frame of the given mode.
 * @throws {NymApiError} `nym_api.invalid_request` for a lane outside u64
 */
export function encodeResponseFrame(response: ServerResponse, mode: FrameMode): Frame {
  return mode === 'binary'
    ? { type: 'binary', bytes: encodeBinaryResponse(response) }
    : { type: 'text', text: encodeTextResponse(response) };
}

/** Decodes a response frame by its type; never throws. */
export function decodeResponseFrame(frame: Frame): Decoded<ServerResponse> {
  return frame.type === 'binary'
    ? decodeBinaryResponse(frame.bytes)
    : decodeTextResponse(frame.text);
}
