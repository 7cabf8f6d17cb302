import { utf8 } from '@pastenym/crypto';
import { decodeUtf8Strict, isRecord, parseJson } from '../internal/json.js';
import type { SjclParams } from './enc-params.js';
import { sdkPayload } from './framing.js';

// What a client sends to a v2 server and reads back. v2 has no request ids: a reply is
// recognised by its shape (pong, created, text, or an error), one request at a time.

/** The `newText` fields our client sends (the Go CLI's set, which the original always read). */
export interface V2NewTextFields {
  readonly text: string;
  /** `null` for public pastes (sent as `""`, as the web client did). */
  readonly encParams: SjclParams | null;
  /** Views before the paste burns; `null` for no limit. */
  readonly burnViews: number | null;
  /** A relative expiry the original understood (`"5 minutes"`), or `""` for none. */
  readonly expirationTime: string;
}

/** A v2 reply as a client reads it. */
export type V2ClientReply =
  | {
      readonly kind: 'pong';
      readonly version: string;
      /** Protocols the server names beyond v2 (`[2, 3]` for ours); `[2]` when it names none. */
      readonly protocols: readonly number[];
    }
  | { readonly kind: 'created'; readonly urlId: string }
  | {
      readonly kind: 'text';
      readonly text: string;
      readonly encParams: unknown;
      readonly numView: number;
      readonly burnView: number | null;
      readonly expirationTime: string | null;
    }
  | { readonly kind: 'error'; readonly message: string };

/** `{"event": "ping", "data": "empty"}`. */
export function v2PingMessage(): Uint8Array {
  return utf8(JSON.stringify({ event: 'ping', data: 'empty' }));
}

/** `{"event": "getText", "data": {"urlId": ...}}`. */
export function v2GetTextMessage(urlId: string): Uint8Array {
  return utf8(JSON.stringify({ event: 'getText', data: { urlId } }));
}

/** A `newText` with every field the original backend read. */
export function v2NewTextMessage(fields: V2NewTextFields): Uint8Array {
  const data = {
    text: fields.text,
    private: fields.encParams !== null,
    burn: fields.burnViews !== null,
    burn_view: fields.burnViews ?? 1,
    encParams: fields.encParams ?? '',
    ipfs: false,
    expiration_time: fields.expirationTime,
    expiration_height: -1, // "none", as the Go CLI sent it
  };
  return utf8(JSON.stringify({ event: 'newText', data }));
}

/**
 * Reads a message as a v2 reply: raw JSON or behind SDK framing; errors are plain strings
 * containing "error", `{"error": ...}` objects, or the original's double-encoded not-found
 * (`"{\"error\": \"text not found\"}"`). `undefined` for anything else (v3 messages included).
 * Never throws.
 */
export function readV2Reply(bytes: Uint8Array): V2ClientReply | undefined {
  const text = decodeUtf8Strict(sdkPayload(bytes) ?? bytes);
  if (text === undefined) return undefined;
  let value = parseJson(text.trim());
  if (typeof value === 'string' && value.trim().startsWith('{')) value = parseJson(value) ?? value;
  if (typeof value === 'string') {
    return /error/i.test(value) ? { kind: 'error', message: value } : undefined;
  }
  if (!isRecord(value)) return undefined;
  if (typeof value['error'] === 'string') return { kind: 'error', message: value['error'] };
  if (value['alive'] === true) {
    const protocols = Array.isArray(value['protocols'])
      ? value['protocols'].filter((p): p is number => typeof p === 'number')
      : [2];
    const version = typeof value['version'] === 'string' ? value['version'] : 'unknown';
    return { kind: 'pong', version, protocols };
  }
  if (typeof value['url_id'] === 'string') return { kind: 'created', urlId: value['url_id'] };
  if (typeof value['text'] === 'string' && typeof value['num_view'] === 'number') {
    const burnView = value['burn_view'];
    const expiry = value['expiration_time'];
    return {
      kind: 'text',
      text: value['text'],
      encParams: value['encParams'] ?? null,
      numView: value['num_view'],
      burnView: value['is_burn'] === true && typeof burnView === 'number' ? burnView : null,
      expirationTime: typeof expiry === 'string' ? expiry : null,
    };
  }
  return undefined;
}

/**
 * A v3 expiry choice as a relative string the original backend parsed ("5 minutes",
 * "1 week"); 0 ("never") is `""`.
 * @example v2ExpiryText(3600) // '1 hour'
 */
export function v2ExpiryText(seconds: number): string {
  if (seconds === 0) return '';
  const units: [number, string][] = [
    [604_800, 'week'],
    [86_400, 'day'],
    [3600, 'hour'],
    [60, 'minute'],
  ];
  for (const [size, name] of units) {
    if (seconds % size === 0) {
      const count = seconds / size;
      return `${count} ${name}${count === 1 ? '' : 's'}`;
    }
  }
  return `${Math.ceil(seconds / 60)} minutes`;
}
