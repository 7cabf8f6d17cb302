import { isPasteId } from '../v3/ids.js';

/** What a share link carries; everything after `#` stays in the browser. */
export interface PasteLink {
  readonly pasteId: string;
  /** The link key (base58 for v3 pastes, the 32-character v2 key for v2 pastes). */
  readonly key?: string;
  /** The paste also needs a password (flag `pw=1`): ask for it before fetching. */
  readonly passwordRequired: boolean;
  /**
   * Ask the reader to confirm before fetching (flag `confirm=1`): link previews, scanners and
   * mail gateways would otherwise burn one-time pastes by merely opening the link.
   */
  readonly confirmBeforeOpening: boolean;
}

const KEY_PATTERN = /^[A-Za-z0-9_-]{1,128}$/;

/**
 * Formats `https://host/#/<id>&key=<key>[&pw=1][&confirm=1]`: the v2 link shape, which v2 web
 * clients still open (they ignore the extra flags).
 * @throws {RangeError} when the id or key has characters links cannot carry.
 * @example formatPasteLink('https://paste.example', { pasteId: 'aZ3x_9Qp', key: 'k',
 *   passwordRequired: false, confirmBeforeOpening: true })
 *   // 'https://paste.example/#/aZ3x_9Qp&key=k&confirm=1'
 */
export function formatPasteLink(base: string, link: PasteLink): string {
  if (!isPasteId(link.pasteId)) throw new RangeError('invalid paste id');
  if (link.key !== undefined && !KEY_PATTERN.test(link.key)) throw new RangeError('invalid key');
  let out = `${base.replace(/[#/]+$/, '')}/#/${link.pasteId}`;
  if (link.key !== undefined) out += `&key=${link.key}`;
  if (link.passwordRequired) out += '&pw=1';
  if (link.confirmBeforeOpening) out += '&confirm=1';
  return out;
}

/**
 * Parses a full link (v2 or v3), `<id>&key=<key>[&flags]`, or a bare id; unknown parameters are
 * ignored. `undefined` when no valid id is found (never throws).
 * @example parsePasteLink('https://host/#/aZ3x_9Qp&key=0f1e') // { pasteId: 'aZ3x_9Qp', key: '0f1e', ... }
 */
export function parsePasteLink(text: string): PasteLink | undefined {
  const trimmed = text.trim();
  const hash = trimmed.indexOf('#');
  if (hash < 0 && /^[a-z][a-z0-9+.-]*:/i.test(trimmed)) return undefined;
  const fragment = (hash < 0 ? trimmed : trimmed.slice(hash + 1)).replace(/^\/+/, '');
  const [pasteId = '', ...params] = fragment.split('&');
  if (!isPasteId(pasteId)) return undefined;
  const values = new Map<string, string>();
  for (const param of params) {
    const eq = param.indexOf('=');
    const name = eq < 0 ? param : param.slice(0, eq);
    if (!values.has(name)) values.set(name, eq < 0 ? '' : param.slice(eq + 1));
  }
  const key = values.get('key');
  if (key !== undefined && key !== '' && !KEY_PATTERN.test(key)) return undefined;
  return {
    pasteId,
    ...(key ? { key } : {}),
    passwordRequired: values.get('pw') === '1',
    confirmBeforeOpening: values.get('confirm') === '1',
  };
}
