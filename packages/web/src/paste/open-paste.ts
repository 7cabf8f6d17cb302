import { fromUtf8, type CryptoProvider } from '@pastenym/crypto';
import {
  coarsenTtl,
  openLegacyPaste,
  openPaste,
  type PasteContent,
  type PasteOptions,
} from '@pastenym/paste-protocol';
import type { PasteReply } from './fetch-paste.js';

/** An opened paste and what the server reported with it. */
export interface OpenedPaste {
  readonly content: PasteContent;
  readonly format: 'v3' | 'v2';
  /** Views left after this one (0: this read burned it); `null` = unlimited. */
  readonly remainingViews: number | null;
  /** Coarse seconds to live; `null` = never expires. */
  readonly expiresIn: number | null;
  /** The creator's options, authenticated by the bundle (`null` for v2 pastes). */
  readonly options: PasteOptions | null;
  /** False when the server's view count or expiry contradicts the creator's options. */
  readonly serverHonoursOptions: boolean;
}

/**
 * Opens a fetched bundle with the link key and password; can be called again with another
 * password without fetching again.
 * @throws {PasteProtocolError} `format.wrong_key`, `format.password_required`,
 *   `format.wrong_password`, `format.tampered`, `format.malformed`, `format.unsupported`,
 *   `format.too_large`, and for v2 pastes `legacy.auth_failed`, `legacy.unsupported`,
 *   `legacy.malformed`.
 * @example const opened = await openFetchedPaste({ crypto }, reply, key, password);
 */
export async function openFetchedPaste(
  deps: { crypto: CryptoProvider },
  reply: PasteReply,
  key: string | undefined,
  password?: string,
): Promise<OpenedPaste> {
  const { remainingViews, expiresIn } = reply;
  if (reply.format === 'v2') {
    const legacy = { text: fromUtf8(reply.bundle), encParams: reply.encParams };
    const content = await openLegacyPaste(deps, legacy, key);
    return {
      content,
      format: 'v2',
      remainingViews,
      expiresIn,
      options: null,
      serverHonoursOptions: true,
    };
  }
  const opened = await openPaste(
    deps,
    reply.bundle,
    key ?? null,
    password !== undefined ? { password } : {},
  );
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
