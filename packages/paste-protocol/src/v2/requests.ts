import { DEFAULT_LIMITS, type Limits } from '../limits.js';
import { isRecord, parseJson, utf8Length } from '../internal/json.js';
import { isPasteId } from '../v3/ids.js';
import { validateEncParams, type SjclParams } from './enc-params.js';
import { parseLegacyExpiry } from './expiry.js';
import { unwrapV2Payload, type V2Encoding } from './framing.js';
import { V2_ERRORS, type V2ReplyValue, v2NotFoundReply } from './replies.js';

/** A `newText` request, normalised. */
export interface V2NewPaste {
  /** Base64 ciphertext (encrypted) or the JSON body itself (public). */
  readonly text: string;
  /** `null` for public pastes. */
  readonly encParams: SjclParams | null;
  /** As sent; v2 ignored it (privacy follows `encParams`). */
  readonly private: boolean;
  /** Views before the paste burns (1..10000), or `null` when `burn` was not set. */
  readonly burnViews: number | null;
  /** Relative expiry in seconds, or `null` for none. */
  readonly expirySeconds: number | null;
  /** Relative expiry in Bitcoin blocks, or `null` (v2 ignored values <= 0). */
  readonly expirationHeight: number | null;
  readonly ipfs: boolean;
}

/** A v2 request, normalised. */
export type V2Request =
  | { readonly event: 'ping' }
  | { readonly event: 'newText'; readonly paste: V2NewPaste }
  | { readonly event: 'getText'; readonly urlId: string };

/**
 * The result of {@link decodeV2Request}: a request, or the exact v2 reply to send back. Either
 * way `encoding` says how to frame the reply (`encodeV2Reply`).
 */
export type V2DecodeResult =
  | { readonly ok: true; readonly request: V2Request; readonly encoding: V2Encoding }
  | { readonly ok: false; readonly reply: V2ReplyValue; readonly encoding: V2Encoding };

/**
 * Parses a Pastenym v2 request (`{"event", "data"}`) in any of its three encodings. Never
 * throws; refusals carry the v2 reply the original backend would have sent (with its fixes:
 * unknown ids get a clean not-found object, unparsable expiries are refused).
 * @example decodeV2Request(utf8('{"event":"ping","data":"empty"}'), DEFAULT_LIMITS)
 */
export function decodeV2Request(
  bytes: Uint8Array,
  limits: Limits = DEFAULT_LIMITS,
): V2DecodeResult {
  if (bytes.length > limits.maxV2RequestBytes) {
    return { ok: false, reply: V2_ERRORS.tooLong(limits.maxV2ContentBytes), encoding: 'json' };
  }
  const unwrapped = unwrapV2Payload(bytes);
  if (!unwrapped.ok) {
    return { ok: false, reply: V2_ERRORS.parsing(unwrapped.reason), encoding: 'json' };
  }
  const { encoding } = unwrapped;
  const message = parseJson(unwrapped.json);
  if (!isRecord(message) || typeof message['event'] !== 'string') {
    return { ok: false, reply: V2_ERRORS.parsing('no event'), encoding };
  }
  const data = message['data'];
  switch (message['event']) {
    case 'ping':
      return { ok: true, request: { event: 'ping' }, encoding };
    case 'getText': {
      const urlId = isRecord(data) && typeof data['urlId'] === 'string' ? data['urlId'].trim() : '';
      if (!isPasteId(urlId)) return { ok: false, reply: v2NotFoundReply(), encoding };
      return { ok: true, request: { event: 'getText', urlId }, encoding };
    }
    case 'newText': {
      const paste = parseNewText(data, limits);
      if (typeof paste === 'string') return { ok: false, reply: paste, encoding };
      return { ok: true, request: { event: 'newText', paste }, encoding };
    }
    default:
      return { ok: false, reply: V2_ERRORS.unknownEvent(message['event']), encoding };
  }
}

/**
 * The size of a v2 paste's content: the ciphertext the base64 `text` decodes to when it is
 * encrypted (counted from the length, without decoding), else the text's UTF-8 bytes.
 */
export function v2ContentBytes(text: string, encrypted: boolean): number {
  if (!encrypted) return utf8Length(text);
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return Math.floor(((text.length - padding) * 3) / 4);
}

function parseNewText(data: unknown, limits: Limits): V2NewPaste | string {
  if (!isRecord(data) || typeof data['text'] !== 'string' || data['text'] === '') {
    return V2_ERRORS.noText;
  }
  const text = data['text'];
  if (text.length > limits.maxV2RequestBytes) return V2_ERRORS.tooLong(limits.maxV2ContentBytes);
  const enc = validateEncParams(data['encParams']);
  if (!enc.ok) return V2_ERRORS.badPaste;
  if (v2ContentBytes(text, enc.params !== null) > limits.maxV2ContentBytes) {
    return V2_ERRORS.tooLong(limits.maxV2ContentBytes);
  }
  const rawExpiry = data['expiration_time'];
  const expirySeconds = typeof rawExpiry === 'string' ? parseLegacyExpiry(rawExpiry) : null;
  if (expirySeconds === undefined) return V2_ERRORS.badPaste;
  const views = data['burn_view'];
  const validViews =
    Number.isInteger(views) && (views as number) >= 1 && (views as number) <= 10000;
  const height = data['expiration_height'];
  return {
    text,
    encParams: enc.params,
    private: data['private'] !== false,
    burnViews: data['burn'] === true ? (validViews ? (views as number) : 1) : null,
    expirySeconds,
    expirationHeight:
      Number.isSafeInteger(height) && (height as number) > 0 ? (height as number) : null,
    ipfs: data['ipfs'] === true,
  };
}
