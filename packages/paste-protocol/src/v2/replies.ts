import { utf8 } from '@pastenym/crypto';
import { coarsenTtl } from '../v3/expiry.js';
import type { SjclParams } from './enc-params.js';
import { sdkFrame, type V2Encoding } from './framing.js';
import { escapeV2Html } from './html-escape.js';
import { pythonJson } from './python-json.js';

/** A v2 reply before framing: a JSON object, or a plain string for errors (as v2 sent them). */
export type V2ReplyValue = string | V2ReplyObject;
/** A v2 reply that is a JSON object. */
export type V2ReplyObject = Readonly<Record<string, unknown>>;

/** The v2 error strings, verbatim (v2 clients look for the substring "error"). */
export const V2_ERRORS = {
  noText: 'Message has no text!',
  badPaste: 'Error with text to share',
  unknownEvent: (event: string): string => `Error event ${event} not found`,
  parsing: (detail: string): string => `Error parsing message: ${detail}`,
  tooLong: (max: number): string => `Error text too long. Max is ${max}`,
} as const;

/** The ping reply: `{"version", "alive": true, "capabilities": {...}}`. */
export function v2PingReply(
  options: { version?: string; ipfsHosting?: boolean; expirationBitcoinHeight?: boolean } = {},
): V2ReplyObject {
  return {
    version: options.version ?? '2.0.3',
    alive: true,
    capabilities: {
      ipfs_hosting: options.ipfsHosting ?? false,
      expiration_bitcoin_height: options.expirationBitcoinHeight ?? false,
    },
  };
}

/** The newText reply: `{"ipfs": false, "url_id": "<id>"}`. */
export function v2NewTextReply(urlId: string): V2ReplyObject {
  return { ipfs: false, url_id: urlId };
}

/** The not-found reply as a clean object (v2 double-encoded it, which hung its clients). */
export function v2NotFoundReply(): V2ReplyObject {
  return { error: 'text not found' };
}

/** What a server knows about a stored v2 paste when answering `getText`. */
export interface V2StoredPaste {
  readonly text: string;
  readonly encParams: SjclParams | null;
  /** Views so far, including this one. */
  readonly numView: number;
  /** Creation time in ms since the epoch; only its day is ever sent. */
  readonly createdAt: number;
  /** View limit (v2 `burn_view`), `null` when the paste does not burn. */
  readonly burnViews: number | null;
  /** Expiry in ms since the epoch, `null` for none. */
  readonly expiresAt: number | null;
  readonly expirationHeight: number | null;
}

/**
 * The getText reply in v2's field order, dates as ISO strings ending in `Z`. `created_on` is cut
 * to the day; `expiration_time` is `now` plus the coarsened time-to-live (see `coarsenTtl`), so
 * that it cannot be used to recover the creation time more precisely. `text` is HTML-escaped
 * like v2 stored it (v2 web clients unescape it; base64 ciphertext is unaffected) unless
 * `htmlEscape` is false.
 */
export function v2GetTextReply(
  paste: V2StoredPaste,
  now: number,
  options: { htmlEscape?: boolean } = {},
): V2ReplyObject {
  const reply: Record<string, unknown> = {
    text: options.htmlEscape === false ? paste.text : escapeV2Html(paste.text),
    num_view: paste.numView,
    created_on: isoSeconds(Math.floor(paste.createdAt / 86_400_000) * 86_400_000),
    is_burn: paste.burnViews !== null,
    is_ipfs: false,
    burn_view: paste.burnViews ?? 0,
    expiration_time: expiryText(paste.expiresAt, now),
    expiration_height: paste.expirationHeight,
  };
  if (paste.encParams) reply['encParams'] = paste.encParams;
  return reply;
}

function expiryText(expiresAt: number | null, now: number): string | null {
  if (expiresAt === null) return null;
  const ttl = coarsenTtl(Math.max(0, Math.ceil((expiresAt - now) / 1000)));
  return isoSeconds(Math.floor(now / 1000) * 1000 + (ttl ?? 0) * 1000);
}

/** `YYYY-MM-DDTHH:MM:SSZ`, the way Python's isoformat() + "Z" printed whole seconds. */
function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Serialises a v2 reply as the original backend did (Python JSON), framed for SDK clients.
 * @example encodeV2Reply(v2NewTextReply('aZ3x_9Qp'), 'json')
 */
export function encodeV2Reply(reply: V2ReplyValue, encoding: V2Encoding): Uint8Array {
  const bytes = utf8(pythonJson(reply));
  return encoding === 'sdk' ? sdkFrame(bytes, 'application/json') : bytes;
}
