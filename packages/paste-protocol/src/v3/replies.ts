import { PasteProtocolError } from '../errors.js';
import type { DecodeFailure } from './error-codes.js';
import { decodeEnvelope, encodeEnvelope, frameEnvelope, V3_VERSION } from './envelope.js';
import { isRequestId } from './ids.js';
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
  if (reply.op === 'paste') {
    const json = plainPasteJson(reply);
    if (json !== undefined) return frameEnvelope(json, json.length, reply.bundle);
  }
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

// The fields of a v3 paste reply, and of a v2 one whose `encParams` is null (a public paste).
const PLAIN_PASTE_FIELDS = new Set(['op', 'id', 'remainingViews', 'expiresIn', 'bundle', 'format']);
const PUBLIC_V2_FIELDS = new Set([...PLAIN_PASTE_FIELDS, 'encParams']);

/**
 * The header of a v3 or public v2 paste reply as JSON, checked and written by hand: every paste
 * read sends one. It holds only known keys, a base64url id, u32 integers or null and fixed
 * words, so the text is ASCII and equals what the general path would produce (`v` first, then
 * the reply's keys in order). Anything else is `undefined`, left to the schema.
 */
function plainPasteJson(reply: Extract<Reply, { op: 'paste' }>): string | undefined {
  const fields = reply as unknown as Record<string, unknown>;
  const keys = Object.keys(fields);
  const allowed =
    reply.format === 'v3'
      ? PLAIN_PASTE_FIELDS
      : reply.format === 'v2' && reply.encParams === null
        ? PUBLIC_V2_FIELDS
        : undefined;
  if (
    allowed === undefined ||
    keys.length !== allowed.size ||
    !keys.every((key) => allowed.has(key)) ||
    !(reply.bundle instanceof Uint8Array) ||
    !isRequestId(reply.id) ||
    !isCountOrNull(reply.remainingViews) ||
    !isCountOrNull(reply.expiresIn)
  ) {
    return undefined;
  }
  let json = `{"v":${V3_VERSION}`;
  for (const key of keys) {
    if (key === 'bundle') continue;
    const value = fields[key];
    json += typeof value === 'string' ? `,"${key}":"${value}"` : `,"${key}":${String(value)}`;
  }
  return `${json}}`;
}

function isCountOrNull(value: unknown): boolean {
  if (value === null) return true;
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 0xffff_ffff;
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
