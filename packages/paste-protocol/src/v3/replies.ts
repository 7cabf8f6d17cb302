import { PasteProtocolError } from '../errors.js';
import type { DecodeFailure } from './error-codes.js';
import { decodeEnvelope, encodeEnvelope, V3_VERSION } from './envelope.js';
import { isReplyOp, replyHeaderSchemas } from './reply-schema.js';
import type { Reply } from './types.js';

/** Bounds a client applies to replies (a server's reply is untrusted input too). */
export interface ReplyLimits {
  readonly maxHeaderBytes: number;
  /** Largest bundle in a `paste` reply. */
  readonly maxBodyBytes: number;
}

/** 16 KiB headers, 16 MiB bodies (room for v2 pastes, whose base64 text is larger). */
export const DEFAULT_REPLY_LIMITS: ReplyLimits = {
  maxHeaderBytes: 16 * 1024,
  maxBodyBytes: 16 * 1024 * 1024,
};

/** The result of {@link decodeReply}. */
export type ReplyDecodeResult =
  | { readonly ok: true; readonly reply: Reply }
  | { readonly ok: false; readonly error: DecodeFailure };

/**
 * Encodes a v3 reply; the paste bundle travels as raw bytes after the header.
 * @throws {PasteProtocolError} `request.malformed` when the reply would not decode.
 * @example encodeReply({ op: 'deleted', id: request.id })
 */
export function encodeReply(reply: Reply): Uint8Array {
  const header: Record<string, unknown> = { v: V3_VERSION };
  let body: Uint8Array | undefined;
  if (reply.op === 'paste') {
    const { bundle, ...rest } = reply;
    Object.assign(header, rest);
    body = bundle;
  } else {
    Object.assign(header, reply);
  }
  const parsed = replyHeaderSchemas[reply.op].safeParse(header);
  if (!parsed.success || !pasteFieldsAgree(header)) {
    throw new PasteProtocolError('request.malformed', `invalid ${reply.op} reply`);
  }
  return encodeEnvelope(header, body);
}

/**
 * Decodes and validates a v3 reply. Never throws.
 * @example const result = decodeReply(bytes); if (result.ok) handle(result.reply)
 */
export function decodeReply(
  bytes: Uint8Array,
  limits: ReplyLimits = DEFAULT_REPLY_LIMITS,
): ReplyDecodeResult {
  const decoded = decodeEnvelope(bytes, limits.maxHeaderBytes);
  if (!decoded.ok) return decoded;
  const { header, body } = decoded.envelope;
  const op = header['op'];
  if (header['v'] !== V3_VERSION) return refuse('request.unsupported_version', 'bad v');
  if (!isReplyOp(op)) return refuse('request.malformed', 'unknown reply');
  if (op !== 'paste' && body.length > 0) return refuse('request.malformed', 'unexpected body');
  if (body.length > limits.maxBodyBytes) return refuse('request.too_large', 'body too large');
  const parsed = replyHeaderSchemas[op].safeParse(header);
  if (!parsed.success || !pasteFieldsAgree(header)) {
    return refuse('request.malformed', `invalid ${op} reply`);
  }
  const { v: _v, ...reply } = parsed.data;
  if (reply.op !== 'paste') return { ok: true, reply: reply as Reply };
  const { encParams, format, ...rest } = reply;
  if (format === 'v3') return { ok: true, reply: { ...rest, format, bundle: body } };
  return { ok: true, reply: { ...rest, format, encParams: encParams ?? null, bundle: body } };
}

/** v3 pastes carry no `encParams`; v2 pastes always carry it (null when public). */
function pasteFieldsAgree(header: Record<string, unknown>): boolean {
  if (header['op'] !== 'paste') return true;
  return header['format'] === 'v3' ? !('encParams' in header) : 'encParams' in header;
}

function refuse(code: DecodeFailure['code'], message: string): ReplyDecodeResult {
  return { ok: false, error: { code, message } };
}
