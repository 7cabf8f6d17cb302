/**
 * @pastenym/paste-protocol: the versioned v3 protocol (binary envelope, requests and replies,
 * proof of work), Pastenym v2 compatibility, the v3 paste format (AES-256-GCM bundles with
 * padding and optional passwords), links, reading v2 pastes, and the client library that runs
 * it all over any transport. Pure: runs unchanged in Node and in browsers.
 */
export { PasteProtocolError, isPasteProtocolError } from './errors.js';
export type { PasteProtocolErrorCode } from './errors.js';
export {
  DEFAULT_LIMITS,
  DEFAULT_EXPIRY_CHOICES,
  v2RequestCeiling,
  v2TextCeiling,
  type Limits,
} from './limits.js';

// v3 protocol
export type {
  PasteOptions,
  PowSolution,
  Request,
  Reply,
  ServerInfo,
  StoredPaste,
  V2Acceptance,
} from './v3/types.js';
export { POW_ALGORITHM } from './v3/types.js';
export {
  WIRE_ERROR_CODES,
  WIRE_ERROR_MESSAGES,
  isWireErrorCode,
  type WireErrorCode,
  type DecodeFailure,
} from './v3/error-codes.js';
export { V3_MAGIC, V3_VERSION, isV3Message } from './v3/envelope.js';
export { encodeRequest, decodeRequest, type RequestDecodeResult } from './v3/requests.js';
export {
  encodeReply,
  decodeReply,
  DEFAULT_REPLY_LIMITS,
  type ReplyLimits,
  type ReplyDecodeResult,
} from './v3/replies.js';
export { newRequestId, isPasteId, isOwnerToken, isRequestId } from './v3/ids.js';
export { coarsenTtl } from './v3/expiry.js';
export { serverInfo, DEFAULT_POW_DIFFICULTY } from './v3/server-info.js';

// Proof of work
export {
  powChallenge,
  canonicalOptions,
  leadingZeroBits,
  POW_DOMAIN,
  type PowBinding,
} from './pow/challenge.js';
export {
  solvePow,
  solvePowAsync,
  POW_NONCE_BYTES,
  type SolveOptions,
  type SolveAsyncOptions,
} from './pow/solve.js';
export { verifyPow, type PowVerdict } from './pow/verify.js';
export { createDifficulty, DEFAULT_POW_PRICE, powPriceBits, type PowPrice } from './pow/price.js';

// Pastenym v2 compatibility
export {
  decodeV2Request,
  type V2Request,
  type V2NewPaste,
  type V2DecodeResult,
  v2ContentBytes,
} from './v2/requests.js';
export {
  encodeV2Reply,
  v2PingReply,
  v2NewTextReply,
  v2GetTextReply,
  v2NotFoundReply,
  V2_ERRORS,
  type V2ReplyValue,
  type V2ReplyObject,
  type V2StoredPaste,
} from './v2/replies.js';
export { unwrapV2Payload, sdkFrame, type V2Encoding } from './v2/framing.js';
export { validateEncParams, sjclParamsSchema, type SjclParams } from './v2/enc-params.js';
export { parseLegacyExpiry } from './v2/expiry.js';
export { pythonJson } from './v2/python-json.js';

// Paste format v3
export type { PasteContent, Attachment } from './format/content.js';
export { sealPaste, type SealOptions, type SealedPaste, type FormatDeps } from './format/seal.js';
export {
  openPaste,
  readBundleHeader,
  DEFAULT_MAX_CONTENT_BYTES,
  type OpenedPaste,
} from './format/open.js';
export {
  webCryptoPbkdf2,
  DEFAULT_PASSWORD_ITERATIONS,
  MAX_PASSWORD_ITERATIONS,
  type Pbkdf2,
} from './format/kdf.js';
export { encodePasteKey, decodePasteKey, isV3LinkKey, PASTE_KEY_BYTES } from './format/keys.js';
export { paddedLength } from './format/padding.js';

// Links and v2 pastes
export { formatPasteLink, parsePasteLink, type PasteLink } from './links/link.js';
export { openLegacyPaste, type LegacyPaste } from './legacy/open-v2.js';
export { unescapeV2Html } from './v2/html-escape.js';

// Client
export { PasteClient, type PasteClientOptions } from './client/client.js';
export type { CreatePasteOptions, CreatedPaste, CreateProgress } from './client/create.js';
export { openFetchedPaste } from './client/get.js';
export type {
  FetchPasteOptions,
  FetchedPaste,
  GetPasteOptions,
  GetProgress,
  OpenPasteOptions,
  PasteReply,
} from './client/get.js';
export type { CallOptions } from './client/channel.js';
export {
  type TransferProgress,
  type Transport,
  type TransportSendOptions,
} from './client/transport.js';
export {
  anonymousTransport,
  type AnonymousMessage,
  type AnonymousSender,
} from './transport/anonymous.js';
export { REPLY_BLOCKS } from './transport/reply-blocks.js';
export { V2_FORMAT_LIMITATIONS, v2ServerInfo } from './client/v2-flows.js';
export {
  readV2Reply,
  v2PingMessage,
  v2GetTextMessage,
  v2NewTextMessage,
  v2ExpiryText,
  type V2ClientReply,
  type V2NewTextFields,
} from './v2/client-messages.js';
export { newV2Key, sealV2Paste, v2Body, v2BodyOf, type SealedV2Paste } from './legacy/seal-v2.js';
