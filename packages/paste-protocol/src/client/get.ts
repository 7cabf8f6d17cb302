import type { CryptoProvider } from '@pastenym/crypto';
import type { PasteContent } from '../format/content.js';
import type { Pbkdf2 } from '../format/kdf.js';
import { openPaste } from '../format/open.js';
import { openLegacyPaste } from '../legacy/open-v2.js';
import { fromUtf8 } from '@pastenym/crypto';
import { coarsenTtl } from '../v3/expiry.js';
import type { PasteOptions, Reply } from '../v3/types.js';
import type { CallOptions } from './channel.js';

/** Options of `getPaste`. */
export interface GetPasteOptions extends CallOptions {
  /** The link key (base58 for v3, the v2 key string for v2 pastes); not needed if public. */
  readonly key?: string;
  readonly password?: string;
  /** Cap on the opened content; default 64 MiB. */
  readonly maxContentBytes?: number;
  readonly onProgress?: (progress: { readonly stage: 'send' | 'wait' | 'decrypt' }) => void;
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

/** Opens the bundle of a `paste` reply, v3 or v2. */
export async function openFetched(
  deps: { crypto: CryptoProvider; pbkdf2?: Pbkdf2 },
  paste: Extract<Reply, { op: 'paste' }>,
  options: GetPasteOptions,
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

function honours(
  options: PasteOptions,
  remaining: number | null,
  expiresIn: number | null,
): boolean {
  const viewsOk = options.maxViews === null || (remaining !== null && remaining < options.maxViews);
  const limit = options.expirySeconds === 0 ? null : coarsenTtl(options.expirySeconds);
  const expiryOk = limit === null || (expiresIn !== null && expiresIn <= limit);
  return viewsOk && expiryOk;
}
