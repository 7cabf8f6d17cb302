import { errorKindText } from '../codec/error-kind.js';
import { decodeResponseFrame } from '../codec/frames.js';
import type { ErrorResponse, Frame } from '../codec/types.js';
import { NymApiError } from '../errors.js';
import type { Correlator } from './correlation.js';
import type { NymApiClientEvent } from './events.js';

/** An error response as a typed error: the real client's text, and its kind. */
export function remoteError(response: ErrorResponse): NymApiError {
  const message = `${errorKindText(response.kind)}:${response.message}`;
  return new NymApiError('nym_api.remote_error', message, { kind: response.kind });
}

/**
 * Sends one frame from the nym-client where it belongs: received messages out as events,
 * answers to the requests waiting for them, errors to their request or out as events. Frames
 * of either type are read, whatever mode the client writes in.
 */
export function routeFrame(
  frame: Frame,
  correlator: Correlator,
  emit: (event: NymApiClientEvent) => void,
): void {
  const decoded = decodeResponseFrame(frame);
  if (!decoded.ok) {
    const error = new NymApiError('nym_api.malformed_response', decoded.error.message);
    emit({ type: 'error', error });
    return;
  }
  const response = decoded.value;
  switch (response.type) {
    case 'received':
      emit({ type: 'received', message: response.message, senderTag: response.senderTag });
      return;
    case 'selfAddress':
    case 'laneQueueLength':
      if (!correlator.answer(response)) {
        const message = `unexpected ${response.type} answer`;
        emit({ type: 'error', error: new NymApiError('nym_api.malformed_response', message) });
      }
      return;
    case 'error': {
      const error = remoteError(response);
      const waiter = correlator.error(response);
      if (waiter !== null) waiter.reject(error);
      else emit({ type: 'error', error });
    }
  }
}
