import type { CryptoProvider } from '@pastenym/crypto';
import { fromUtf8 } from '@pastenym/crypto';
import type { PasteContent } from '../format/content.js';
import type { Pbkdf2 } from '../format/kdf.js';
import { openPaste } from '../format/open.js';
import { openLegacyPaste } from '../legacy/open-v2.js';
import { coarsenTtl } from '../v3/expiry.js';
import type { PasteOptions, Reply } from '../v3/types.js';
import type { CallOptions } from './channel.js';
import type { TransferProgress } from './transport.js';

// Reading a paste is two steps: fetch the sealed bundle (a `get`, which spends a view), then
// open it on the device. Apps that retry a mistyped password keep the fetched reply and open it
// again, rather than asking the server for another view.

/** A `paste` reply: the sealed bundle and what the server says about it. */
export type PasteReply = Extract<Reply, { op: 'paste' }>;

/** Options of `fetchPaste`. */
export interface FetchPasteOptions extends CallOptions {
  /** Called once the transport has taken the request (the wait for the reply begins). */
  readonly onSent?: () => void;
  /**
   * Fragments of the reply arrived so far, while it is reassembled (only transports that see
   * fragments tell; with requests in parallel, any reply arriving on this client's transport).
   */
  readonly onReceiving?: (progress: TransferProgress) => void;
  /**
   * The link's key is a v3 key (`isV3LinkKey`): only a v3 server holds the paste, so the get
   * goes out at once, without waiting for a ping in progress to tell the server's protocol.
   */
  readonly v3Link?: boolean;
}

/** Where `getPaste` is. */
export type GetProgress =
  | { readonly stage: 'send' }
  | { readonly stage: 'wait' }
  | { readonly stage: 'receive'; readonly done: number; readonly total: number }
  | { readonly stage: 'decrypt' };

/** What opening a fetched bundle needs from the reader. */
export interface OpenPasteOptions {
  /** The link key (base58 for v3, the v2 key string for v2 pastes); not needed if public. */
  readonly key?: string;
  readonly password?: string;
  /** Cap on the opened content; default 64 MiB. */
  readonly maxContentBytes?: number;
}

/** Options of `getPaste`: fetch and open in one call. */
export interface GetPasteOptions
  extends CallOptions, OpenPasteOptions, Pick<FetchPasteOptions, 'v3Link'> {
  readonly onProgress?: (progress: GetProgress) => void;
}

/** A fetched and opened paste. */
export interface FetchedPaste {
  readonly content: PasteContent;
  readonly format: 'v3' | 'v2';
  /** Views left after this one (0: this read burned it); `null` = unlimited. */
  readonly remainingViews: number | null;
  readonly expiresIn: number | null;
  /** The creator's options, authenticated by the bundle (`null` for v2 pastes). */
  readonly options: PasteOptions | null;
  /**
   * False when the server's view count or expiry contradicts the creator's authenticated
   * options (e.g. a burn-after-reading paste that is still readable): show a warning.
   */
  readonly serverHonoursOptions: boolean;
}

/**
 * Opens the bundle of a fetched `paste` reply, v3 or v2, with the link key and password; can be
 * called again (another password) without fetching again.
 * @throws {PasteProtocolError} `format.wrong_key`, `format.password_required`,
 *   `format.wrong_password`, `format.tampered`, `format.malformed`, `format.unsupported`,
 *   `format.too_large`, and for v2 pastes `legacy.auth_failed`, `legacy.unsupported`,
 *   `legacy.malformed`.
 * @example const opened = await openFetchedPaste({ crypto }, reply, { key, password });
 */
export async function openFetchedPaste(
  deps: { crypto: CryptoProvider; pbkdf2?: Pbkdf2 },
  paste: PasteReply,
  options: OpenPasteOptions = {},
): Promise<FetchedPaste> {
  const { remainingViews, expiresIn } = paste;
  const formatDeps = deps.pbkdf2
    ? { crypto: deps.crypto, pbkdf2: deps.pbkdf2 }
    : { crypto: deps.crypto };
  if (paste.format === 'v2') {
    const legacy = { text: fromUtf8(paste.bundle), encParams: paste.encParams };
    const content = await openLegacyPaste(formatDeps, legacy, options.key);
    return {
      content,
      format: 'v2',
      remainingViews,
      expiresIn,
      options: null,
      serverHonoursOptions: true,
    };
  }
  const opened = await openPaste(formatDeps, paste.bundle, options.key ?? null, {
    ...(options.password !== undefined ? { password: options.password } : {}),
    ...(options.maxContentBytes !== undefined ? { maxContentBytes: options.maxContentBytes } : {}),
  });
  return {
    content: opened.content,
    format: 'v3',
    remainingViews,
    expiresIn,
    options: opened.options,
    serverHonoursOptions: honours(opened.options, remainingViews, expiresIn),
  };
}

/** Whether the server's answer fits the options the creator sealed into the bundle. */
export function honours(
  options: PasteOptions,
  remaining: number | null,
  expiresIn: number | null,
): boolean {
  const viewsOk = options.maxViews === null || (remaining !== null && remaining < options.maxViews);
  const limit = options.expirySeconds === 0 ? null : coarsenTtl(options.expirySeconds);
  const expiryOk = limit === null || (expiresIn !== null && expiresIn <= limit);
  return viewsOk && expiryOk;
}
