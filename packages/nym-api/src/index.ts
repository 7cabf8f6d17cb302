/**
 * @pastenym/nym-api: the websocket API of the Nym client (`nym-client`), for building apps on a
 * mixnet. Pure: the codec (binary and text frames, byte for byte as the real nym-client 1.1.4+),
 * addresses and sender tags, the app-side client core, the server side of a stand-in daemon and
 * an in-memory network. Node adapters (websocket client and server) are in
 * `@pastenym/nym-api/node`.
 */
export { NymApiError, type NymApiErrorCode } from './errors.js';

// Addresses and sender tags.
export {
  Recipient,
  RECIPIENT_LENGTH,
  KEY_LENGTH,
  type RecipientResult,
} from './address/recipient.js';
export {
  SENDER_TAG_LENGTH,
  encodeSenderTag,
  parseSenderTag,
  tryParseSenderTag,
  type SenderTagResult,
} from './address/sender-tag.js';

// Codec.
export type {
  ClientRequest,
  ServerResponse,
  ErrorResponse,
  Decoded,
  Frame,
  FrameMode,
} from './codec/types.js';
export { errorResponse } from './codec/types.js';
export {
  type ErrorKind,
  ERROR_KINDS,
  errorKindCode,
  errorKindFromCode,
  errorKindText,
  splitErrorText,
} from './codec/error-kind.js';
export { encodeBinaryRequest, REQUEST_TAG } from './codec/binary-request.js';
export { decodeBinaryRequest } from './codec/binary-request-decode.js';
export {
  encodeBinaryResponse,
  decodeBinaryResponse,
  RESPONSE_TAG,
} from './codec/binary-response.js';
export { encodeTextRequest, decodeTextRequest } from './codec/text-request.js';
export { encodeTextResponse, decodeTextResponse } from './codec/text-response.js';
export {
  encodeRequestFrame,
  decodeRequestFrame,
  encodeResponseFrame,
  decodeResponseFrame,
} from './codec/frames.js';

// App-side client (platform-free core; Node adapters in `@pastenym/nym-api/node`).
export { NymApiClient, DEFAULT_REPLY_SURBS, type SendOptions } from './client/client.js';
export { asAnonymousSender, type AnonymousCapable } from './client/anonymous-sender.js';
export type { NymApiClientOptions } from './client/options.js';
export type { NymApiClientEvent, NymApiClientState, ReceivedMessage } from './client/events.js';
export type { ApiSocket, ApiSocketHandlers, OpenSocket, Timers } from './client/socket.js';
export { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from './client/backoff.js';

// Server side of the API, and the in-memory network.
export type { ApiBackend, ReceivedListener } from './server/backend.js';
export { ApiServerCore, type ApiConnection, type ApiServerCoreOptions } from './server/core.js';
export { LoopbackNetwork, type LoopbackNetworkOptions } from './loopback/network.js';
export { LoopbackClient } from './loopback/client.js';

// Counters for operators: the Prometheus text format and a warning threshold with hysteresis
// (the HTTP endpoint is `serveMetrics` in `@pastenym/nym-api/node`).
export {
  formatPrometheus,
  escapeLabelValue,
  PROMETHEUS_CONTENT_TYPE,
  type MetricFamily,
  type MetricSample,
  type MetricType,
} from './metrics/prometheus.js';
export {
  ThresholdAlarm,
  type ThresholdAlarmOptions,
  type AlarmChange,
} from './metrics/threshold-alarm.js';
export {
  parseListenAddress,
  isLoopbackHost,
  type ListenAddressResult,
} from './metrics/listen-address.js';
