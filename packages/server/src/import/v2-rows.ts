import { decodeBase64, fromUtf8, utf8 } from '@pastenym/crypto';
import { unescapeV2Html, validateEncParams } from '@pastenym/paste-protocol';
import type { JsonValue, NewPaste } from '../storage/index.js';
import { isPasteId, utcDay } from '../storage/index.js';

/** One row of the original `texts` table, as the SQLite driver returns it. */
export type V2Row = Readonly<Record<string, unknown>>;

/** Why a row that was understood is not imported. */
export type V2SkipReason = 'expired' | 'used_up' | 'block_height' | 'ipfs' | 'too_large';

/** What one row becomes: a paste to store, a row to leave out, or a row not understood. */
export type V2RowResult =
  | { readonly kind: 'paste'; readonly paste: NewPaste }
  | { readonly kind: 'skip'; readonly reason: V2SkipReason }
  | { readonly kind: 'invalid'; readonly reason: string };

/** What the mapping needs from the server's policy. */
export interface V2RowPolicy {
  /** Milliseconds since the epoch. */
  readonly now: number;
  /** Longest lifetime the server gives a paste, in seconds; `null` when "never" is offered. */
  readonly maxLifetimeSeconds: number | null;
  readonly maxBundleBytes: number;
}

/** The original's view limits: 1..10000, anything else meant 1. */
const MAX_V2_VIEWS = 10_000;

/**
 * Turns a row of the original database into a paste for our store, with the original's
 * meaning: `is_burn` with `burn_view` views (1 when absent or out of range), the view count
 * so far, expiry as stored (capped by this server's longest lifetime, as for new v2 pastes),
 * the creation day only, `encParams` from base64 JSON (public when empty). Public texts were
 * stored HTML-escaped (Python's `html.escape`): they are stored raw here, since v2 replies
 * escape them again. Never throws.
 */
export function v2RowToPaste(row: V2Row, policy: V2RowPolicy): V2RowResult {
  if (truthy(row['is_ipfs'])) return { kind: 'skip', reason: 'ipfs' };
  const id = row['url_id'];
  if (typeof id !== 'string' || !isPasteId(id)) return invalid('url_id is not an id');
  const text = row['text'];
  if (typeof text !== 'string' || text === '') return invalid('text is empty');
  const enc = encParams(row['encryption_params_b64']);
  if (enc === undefined) return invalid('encryption_params_b64 is not understood');
  const views = row['num_view'];
  if (!Number.isSafeInteger(views) || (views as number) < 0) return invalid('num_view');
  const createdAt = instant(row['created_on']);
  if (createdAt === undefined) return invalid('created_on is not a date');
  const height = row['expiration_height'];
  if (height !== null && height !== undefined && typeof height !== 'number') {
    return invalid('expiration_height');
  }
  if (typeof height === 'number' && height > 0) return { kind: 'skip', reason: 'block_height' };
  const expiry = row['expiration_time'];
  const expiresAt = expiry === null || expiry === undefined ? null : instant(expiry);
  if (expiresAt === undefined) return invalid('expiration_time is not a time');
  if (expiresAt !== null && expiresAt <= policy.now) return { kind: 'skip', reason: 'expired' };
  const maxViews = truthy(row['is_burn']) ? viewLimit(row['burn_view']) : null;
  if (maxViews !== null && (views as number) >= maxViews) {
    return { kind: 'skip', reason: 'used_up' };
  }
  const bundle = utf8(enc === null ? unescapeV2Html(text) : text);
  if (bundle.length > policy.maxBundleBytes) return { kind: 'skip', reason: 'too_large' };
  return {
    kind: 'paste',
    paste: {
      id,
      bundle,
      ownerTokenHash: null, // v2 had no deletion
      expiresAt: capped(expiresAt, policy),
      maxViews,
      views: views as number,
      createdDay: utcDay(createdAt),
      format: enc === null ? 'v2-public' : 'v2-encrypted',
      metadata: enc as JsonValue | null,
    },
  };
}

function invalid(reason: string): V2RowResult {
  return { kind: 'invalid', reason };
}

function truthy(value: unknown): boolean {
  return value === 1 || value === true || value === '1' || value === 'true';
}

function viewLimit(value: unknown): number {
  const ok = Number.isInteger(value) && (value as number) >= 1 && (value as number) <= MAX_V2_VIEWS;
  return ok ? (value as number) : 1;
}

/** `null` for public pastes, the SJCL parameters, or `undefined` when not understood. */
function encParams(value: unknown): object | null | undefined {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value !== 'string') return undefined;
  let json: unknown;
  try {
    json = JSON.parse(fromUtf8(decodeBase64(value)));
  } catch {
    return undefined;
  }
  const checked = validateEncParams(json);
  return checked.ok ? checked.params : undefined;
}

/**
 * An instant from what peewee stored: a `TimestampField` (whole or fractional seconds since
 * the epoch) or a `DateTimeField` (`YYYY-MM-DD HH:MM:SS[.ffffff]`, or ISO with `T`), naive
 * times being UTC since the original used `utcnow()`.
 */
function instant(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value * 1000 : undefined;
  if (typeof value !== 'string') return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const match =
    /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?(Z|[+-]00:?00)?$/.exec(
      value.trim(),
    );
  if (!match) return undefined;
  const ms = Date.parse(`${match[1]}T${match[2] ?? '00:00:00'}Z`);
  return Number.isNaN(ms) ? undefined : ms;
}

function capped(expiresAt: number | null, policy: V2RowPolicy): number | null {
  if (policy.maxLifetimeSeconds === null) return expiresAt;
  const latest = policy.now + policy.maxLifetimeSeconds * 1000;
  return expiresAt === null ? latest : Math.min(expiresAt, latest);
}
