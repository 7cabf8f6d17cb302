import {
  formatPasteLink,
  isOwnerToken,
  isPasteId,
  parsePasteLink,
  type PasteLink,
} from '@pastenym/paste-protocol';
import { formatDisplayParams, parseDisplayFormat, type DisplayFormat } from './display-format.js';

/** What the address bar asks for. Everything lives in the fragment, which never leaves the browser. */
export type Route =
  | { readonly kind: 'create' }
  | {
      readonly kind: 'view';
      readonly link: PasteLink;
      readonly format?: DisplayFormat;
      /** The link says the paste is public (`&pub=1`): no key to ask for. */
      readonly isPublic?: boolean;
    }
  | { readonly kind: 'delete'; readonly pasteId: string; readonly ownerToken: string }
  | { readonly kind: 'invalid' };

function params(fragment: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const part of fragment.split('&').slice(1)) {
    const eq = part.indexOf('=');
    const name = eq < 0 ? part : part.slice(0, eq);
    if (!values.has(name)) values.set(name, eq < 0 ? '' : part.slice(eq + 1));
  }
  return values;
}

/**
 * Reads a location hash: empty is the editor, `#/delete/<id>&token=<t>` deletes, anything else
 * is a paste link (v3, or v2's `#/<id>&key=<key>`). Never throws.
 * @example parseRoute('#/aZ3x_9Qp&key=0f1e&fmt=markdown') // { kind: 'view', link, format }
 */
export function parseRoute(hash: string): Route {
  const fragment = hash.replace(/^#/, '').replace(/^\/+/, '');
  if (fragment === '') return { kind: 'create' };
  if (fragment.startsWith('delete/')) {
    const rest = fragment.slice('delete/'.length);
    const pasteId = rest.split('&')[0] ?? '';
    const ownerToken = params(rest).get('token') ?? '';
    if (isPasteId(pasteId) && isOwnerToken(ownerToken))
      return { kind: 'delete', pasteId, ownerToken };
    return { kind: 'invalid' };
  }
  const link = parsePasteLink(fragment);
  if (!link) return { kind: 'invalid' };
  const values = params(fragment);
  const format = parseDisplayFormat(values.get('fmt'), values.get('lang'));
  return {
    kind: 'view',
    link,
    ...(format ? { format } : {}),
    ...(values.get('pub') === '1' ? { isPublic: true } : {}),
  };
}

/** What a share link is made of. */
export interface ShareLinkParts {
  readonly pasteId: string;
  readonly key: string | null;
  readonly passwordRequired: boolean;
  readonly confirmBeforeOpening: boolean;
  readonly format: DisplayFormat;
  /** A public paste: the link says so (`&pub=1`), so readers are not asked for a key. */
  readonly isPublic?: boolean;
}

/**
 * The share link: the v3 link shape plus the display format (`fmt`, `lang`), which older
 * readers ignore. With `withKey: false` it leaves the key out, to be sent another way.
 * @throws {RangeError} when the id or key cannot be carried in a link.
 */
export function formatShareLink(base: string, parts: ShareLinkParts, withKey = true): string {
  const link = formatPasteLink(base, {
    pasteId: parts.pasteId,
    ...(withKey && parts.key !== null ? { key: parts.key } : {}),
    passwordRequired: parts.passwordRequired,
    confirmBeforeOpening: parts.confirmBeforeOpening,
  });
  return link + formatDisplayParams(parts.format) + (parts.isPublic ? '&pub=1' : '');
}

/**
 * The owner's deletion link: whoever holds it can delete the paste without viewing it.
 * @throws {RangeError} for an id or token that is not well formed.
 */
export function formatDeleteLink(base: string, pasteId: string, ownerToken: string): string {
  if (!isPasteId(pasteId) || !isOwnerToken(ownerToken)) throw new RangeError('invalid id or token');
  return `${base.replace(/[#/]+$/, '')}/#/delete/${pasteId}&token=${ownerToken}`;
}

/** The base of links made on this page: its origin and path, without query or fragment. */
export function pageLinkBase(location: { origin: string; pathname: string }): string {
  return location.origin + location.pathname;
}

/**
 * The owner token from what the owner pasted: a whole deletion link, or the token itself.
 * @example ownerTokenFrom('https://x/#/delete/abcd1234&token=T0k3n...') // 'T0k3n...'
 */
export function ownerTokenFrom(input: string): string {
  const trimmed = input.trim();
  const hash = trimmed.indexOf('#');
  if (hash >= 0) {
    const route = parseRoute(trimmed.slice(hash));
    if (route.kind === 'delete') return route.ownerToken;
  }
  return trimmed;
}

/**
 * The key from what a reader typed into the key box: a whole link (its key), or the key
 * itself; `undefined` when empty (a public paste has no key).
 * @example keyFrom('https://x/#/aZ3x_9Qp&key=4vJ9') // '4vJ9'
 */
export function keyFrom(input: string): string | undefined {
  const trimmed = input.trim();
  if (trimmed === '') return undefined;
  if (trimmed.includes('#') || trimmed.includes('&')) return parsePasteLink(trimmed)?.key;
  return trimmed;
}
