import { encodeBase64Url } from '@pastenym/crypto';
import { tryDecodeBase64 } from '../internal/base64.js';
import { DEFAULT_LIMITS, type Limits } from '../limits.js';
import { PasteProtocolError } from '../errors.js';
import type { DecodeFailure, WireErrorCode } from './error-codes.js';
import { decodeEnvelope, encodeEnvelope, ENVELOPE_PREFIX_BYTES, V3_VERSION } from './envelope.js';
import { isPasteId, isRequestId } from './ids.js';
import { isRequestOp, requestHeaderSchemas } from './request-schema.js';
import type { PasteOptions, Request } from './types.js';

/** The result of {@link decodeRequest}. */
export type RequestDecodeResult =
  | { readonly ok: true; readonly request: Request }
  | { readonly ok: false; readonly error: DecodeFailure };

/**
 * Encodes a v3 request: the JSON header, then the bundle (for `create`) as raw bytes.
 * @throws {PasteProtocolError} `request.malformed` when the request would not decode.
 * @example encodeRequest({ op: 'ping', id: newRequestId(rng) })
 */
export function encodeRequest(request: Request): Uint8Array {
  const header: Record<string, unknown> = { v: V3_VERSION, id: request.id, op: request.op };
  let body: Uint8Array | undefined;
  switch (request.op) {
    case 'ping':
      break;
    case 'create':
      header['options'] = wireOptions(request.options);
      if (request.pow) {
        header['pow'] = {
          difficulty: request.pow.difficulty,
          nonce: encodeBase64Url(request.pow.nonce),
        };
      }
      body = request.bundle;
      break;
    case 'get':
      header['pasteId'] = request.pasteId;
      break;
    case 'delete':
      header['pasteId'] = request.pasteId;
      header['ownerToken'] = request.ownerToken;
      break;
  }
  if (!requestHeaderSchemas[request.op].safeParse(header).success) {
    throw new PasteProtocolError('request.malformed', `invalid ${request.op} request`);
  }
  return encodeEnvelope(header, body);
}

/** Options as they travel: `public` only when true (see docs/protocol.md). */
export function wireOptions(options: PasteOptions): Record<string, unknown> {
  const wire: Record<string, unknown> = {
    expiry: options.expirySeconds,
    maxViews: options.maxViews,
  };
  if (options.public) wire['public'] = true;
  return wire;
}

/**
 * Decodes and validates a v3 request against the server's limits. Never throws: refusals carry
 * a wire error code and, when it was readable, the request id to reply to.
 * @example const result = decodeRequest(bytes, DEFAULT_LIMITS); if (!result.ok) reply(result.error)
 */
export function decodeRequest(
  bytes: Uint8Array,
  limits: Limits = DEFAULT_LIMITS,
): RequestDecodeResult {
  if (bytes.length > ENVELOPE_PREFIX_BYTES + limits.maxHeaderBytes + limits.maxBundleBytes) {
    return refuse('request.too_large', 'request too large');
  }
  const decoded = decodeEnvelope(bytes, limits.maxHeaderBytes);
  if (!decoded.ok) return decoded;
  const { header, body } = decoded.envelope;
  const id = isRequestId(header['id']) ? header['id'] : undefined;
  if (header['v'] !== V3_VERSION) return refuse('request.unsupported_version', 'bad v', id);
  const op = header['op'];
  if (!isRequestOp(op)) {
    return typeof op === 'string'
      ? refuse('request.unsupported_operation', 'unknown operation', id)
      : refuse('request.malformed', 'missing operation', id);
  }
  if (op !== 'create') {
    if (body.length > 0) return refuse('request.malformed', `${op} carries no body`, id);
    return decodeSimple(op, header, id);
  }
  const parsed = requestHeaderSchemas.create.safeParse(header);
  if (!parsed.success) return refuse('request.malformed', 'invalid create header', id);
  const { options: wire, pow } = parsed.data;
  if (body.length === 0) return refuse('request.malformed', 'empty bundle', id);
  if (body.length > limits.maxBundleBytes)
    return refuse('request.too_large', 'bundle too large', id);
  if (!limits.expiryChoices.includes(wire.expiry)) {
    return refuse('request.invalid_options', 'expiry not offered', id);
  }
  if (wire.maxViews !== null && wire.maxViews > limits.maxViews) {
    return refuse('request.invalid_options', 'view limit out of range', id);
  }
  const options = { expirySeconds: wire.expiry, maxViews: wire.maxViews, public: !!wire.public };
  const nonce = pow ? tryDecodeBase64(pow.nonce) : undefined;
  const solution = pow && nonce ? { difficulty: pow.difficulty, nonce } : null;
  return {
    ok: true,
    request: { op, id: parsed.data.id, options, pow: solution, bundle: body },
  };
}

function decodeSimple(
  op: 'ping' | 'get' | 'delete',
  header: Record<string, unknown>,
  id: string | undefined,
): RequestDecodeResult {
  switch (op) {
    case 'ping': {
      const parsed = requestHeaderSchemas.ping.safeParse(header);
      if (!parsed.success) return refuse('request.malformed', 'invalid ping', id);
      return { ok: true, request: { op, id: parsed.data.id } };
    }
    case 'get': {
      // Every paste read starts here, so the common case is checked by hand: `v`, `op` and `id`
      // passed above, and four keys mean nothing else came along. Whatever this does not accept
      // goes to the schema, which keeps the last word on refusals.
      const pasteId = header['pasteId'];
      if (id !== undefined && isPasteId(pasteId) && Object.keys(header).length === 4) {
        return { ok: true, request: { op, id, pasteId } };
      }
      const parsed = requestHeaderSchemas.get.safeParse(header);
      if (!parsed.success) return refuse('request.malformed', 'invalid get', id);
      return { ok: true, request: { op, id: parsed.data.id, pasteId: parsed.data.pasteId } };
    }
    case 'delete': {
      const parsed = requestHeaderSchemas.delete.safeParse(header);
      if (!parsed.success) return refuse('request.malformed', 'invalid delete', id);
      const { pasteId, ownerToken } = parsed.data;
      return { ok: true, request: { op, id: parsed.data.id, pasteId, ownerToken } };
    }
  }
}

function refuse(code: WireErrorCode, message: string, requestId?: string): RequestDecodeResult {
  return { ok: false, error: requestId ? { code, message, requestId } : { code, message } };
}
