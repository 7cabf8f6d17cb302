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
  readonly maxViews: number;
  readonly password: string;
  readonly confirmBeforeOpening: boolean;
  /** Not encrypted: the server and anyone with the id can read it. */
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

/** The view limit the options ask for (`null` = unlimited). */
export function maxViewsOf(options: DraftOptions): number | null {
  if (options.views === 'unlimited') return null;
  return options.views === 'burn' ? 1 : options.maxViews;
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
    maxViews: 10,
    password: '',
    confirmBeforeOpening: false,
    public: false,
  };
}

/** A password needs encryption and a server that reads format v3. */
export function passwordAllowed(options: DraftOptions, v2Only: boolean): boolean {
  return !v2Only && !options.public;
}

/** Why the create button is not ready yet, for the line beside it. */
export function waitingReason(
  connected: boolean,
  serverReady: boolean,
  empty: boolean,
  tooLarge: boolean,
  tooManyFiles: boolean,
): string {
  if (!connected) return 'Waiting for the mixnet connection…';
  if (!serverReady) return 'Waiting for the paste server to answer…';
  if (tooLarge) return 'Too large for this server.';
  if (tooManyFiles) return 'This server (Pastenym v2) takes one attachment at most.';
  return empty ? 'Write some text or add a file.' : '';
}
