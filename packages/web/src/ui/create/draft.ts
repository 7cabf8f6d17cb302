import type { PasteContent } from '@pastenym/paste-protocol';
import type { DisplayFormat } from '../../links/display-format.js';

/** A file waiting to be sealed with the paste. */
export interface DraftFile {
  readonly id: number;
  readonly name: string;
  readonly type: string;
  readonly data: Uint8Array;
}

/** What the editor holds. */
export interface Draft {
  readonly text: string;
  readonly format: DisplayFormat;
  readonly files: readonly DraftFile[];
}

/** How long the paste lives and who may read it. */
export interface DraftOptions {
  readonly expirySeconds: number;
  readonly views: 'unlimited' | 'burn' | 'limited';
  /** The view limit as typed; checked by {@link viewLimitProblem}. */
  readonly maxViews: string;
  readonly password: string;
  readonly confirmBeforeOpening: boolean;
  /** Not encrypted: the server and anyone with the id can read it (never with a password). */
  readonly public: boolean;
}

export const EMPTY_DRAFT: Draft = { text: '', format: { kind: 'text' }, files: [] };

let nextFileId = 1;

/** A draft file from bytes (ids only tell files apart in lists). */
export function draftFile(name: string, type: string, data: Uint8Array): DraftFile {
  return { id: nextFileId++, name: name || 'unnamed', type, data };
}

/** Reads picked, dropped or pasted files. */
export async function readFiles(files: Iterable<File>): Promise<DraftFile[]> {
  return Promise.all(
    Array.from(files, async (file) =>
      draftFile(file.name, file.type, new Uint8Array(await file.arrayBuffer())),
    ),
  );
}

/** The content to seal. */
export function draftContent(draft: Draft): PasteContent {
  return {
    text: draft.text,
    attachments: draft.files.map((file) => ({ name: file.name, type: file.type, data: file.data })),
  };
}

/** A draft from an opened paste ("clone"): same text, format and files, new options. */
export function draftFromContent(content: PasteContent, format: DisplayFormat): Draft {
  return {
    text: content.text,
    format,
    files: content.attachments.map((a) => draftFile(a.name, a.type, a.data)),
  };
}

/** The fewest views a "limited views" paste may have: one view is "burn after reading". */
export const MIN_LIMITED_VIEWS = 2;

/** The view limit the options ask for (`null` = unlimited). */
export function maxViewsOf(options: DraftOptions): number | null {
  if (options.views === 'unlimited') return null;
  return options.views === 'burn' ? 1 : Number(options.maxViews);
}

/**
 * Whether the typed view limit is a whole number from {@link MIN_LIMITED_VIEWS} to the
 * server's maximum; never silently changed into one (0 is not 1, 99999 is not 10000).
 * @example viewLimitProblem({ views: 'limited', maxViews: '0', ... }, 10_000) // 'range'
 */
export function viewLimitProblem(options: DraftOptions, max: number): 'range' | undefined {
  if (options.views !== 'limited') return undefined;
  const value = Number(options.maxViews);
  const valid =
    /^\s*\d+\s*$/.test(options.maxViews) &&
    Number.isInteger(value) &&
    value >= MIN_LIMITED_VIEWS &&
    value <= max;
  return valid ? undefined : 'range';
}

/** Default options for the server's choices: one week if offered, else the middle choice. */
export function defaultOptions(expiryChoices: readonly number[]): DraftOptions {
  const week = 7 * 86_400;
  const sorted = [...expiryChoices].sort((a, b) => (a === 0 ? 1 : b === 0 ? -1 : a - b));
  const expirySeconds = sorted.includes(week)
    ? week
    : (sorted[Math.floor(sorted.length / 2)] ?? week);
  return {
    expirySeconds,
    views: 'unlimited',
    maxViews: '10',
    password: '',
    confirmBeforeOpening: false,
    public: false,
  };
}

/** True when the draft holds something that would be lost with the tab. */
export function hasContent(draft: Draft): boolean {
  return draft.text !== '' || draft.files.length > 0;
}

/** A password needs encryption and a server that reads format v3. */
export function passwordAllowed(options: DraftOptions, v2Only: boolean): boolean {
  return !v2Only && !options.public;
}

/** Why the create button is not ready yet (a catalog key under `create.waiting`), if it is not. */
export function waitingReason(state: {
  readonly connected: boolean;
  readonly serverReady: boolean;
  readonly serverSilent: boolean;
  readonly empty: boolean;
  readonly tooLarge: boolean;
  /** A second attachment for a v2-only server, whose format has room for one. */
  readonly tooManyFiles: boolean;
  readonly viewsInvalid: boolean;
}):
  | 'connection'
  | 'server'
  | 'serverSilent'
  | 'tooLarge'
  | 'tooManyFiles'
  | 'empty'
  | 'views'
  | undefined {
  if (!state.connected) return 'connection';
  if (state.serverSilent) return 'serverSilent';
  if (!state.serverReady) return 'server';
  if (state.tooLarge) return 'tooLarge';
  if (state.tooManyFiles) return 'tooManyFiles';
  if (state.viewsInvalid) return 'views';
  return state.empty ? 'empty' : undefined;
}
