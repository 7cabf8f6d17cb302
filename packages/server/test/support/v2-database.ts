// An original Pastenym backend database, built as its peewee model created it (the `texts`
// table of the v2 reference: booleans as integers, TimestampField as seconds, DateTimeField as
// "YYYY-MM-DD HH:MM:SS"), filled with pastes sealed the way v2 clients sealed them.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { encodeBase64 } from '@pastenym/crypto';
import { sealV2Paste, v2Body } from '@pastenym/paste-protocol/testing';
import { crypto } from '../helpers/service.js';

export const V2_DDL = [
  `CREATE TABLE IF NOT EXISTS "texts" ("id" INTEGER NOT NULL PRIMARY KEY, "text" TEXT NOT NULL,
    "is_ipfs" INTEGER, "url_id" TEXT NOT NULL, "expiration_time" INTEGER,
    "expiration_height" INTEGER, "author" TEXT, "encryption_params_b64" TEXT,
    "num_view" INTEGER NOT NULL, "is_private" INTEGER, "is_burn" INTEGER, "burn_view" INTEGER,
    "created_on" DATETIME NOT NULL, "updated_on" DATETIME NOT NULL)`,
  `CREATE INDEX "text_url_id" ON "texts" ("url_id")`,
];

/** One original row and what a reader must find in it. */
export interface V2Fixture {
  readonly urlId: string;
  readonly key: string | null;
  readonly text: string;
  readonly attachment?: { name: string; type: string; data: number[] };
  /** What the import must do with it. */
  readonly expect: 'imported' | 'expired' | 'used_up' | 'block_height' | 'ipfs';
  readonly numView: number;
  readonly burnView: number | null;
  readonly expiresAt: number | null;
}

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;');

/** Writes the database into `directory` and returns its path and the rows it holds. */
export async function buildV2Database(
  directory: string,
  now: number,
): Promise<{ path: string; fixtures: V2Fixture[] }> {
  const base = { numView: 0, burnView: null, expiresAt: null, expect: 'imported' } as const;
  const fixtures: V2Fixture[] = [
    {
      ...base,
      urlId: 'aZ3x_9Qp',
      key: 'f6dbf3a3da958fb6742abd74f85d8bf4',
      text: 'web secret',
      numView: 2,
    },
    {
      ...base,
      urlId: 'Cli-0001',
      key: 'ywaxz56xreavpldl3urs584km4xhqaah',
      text: 'go cli with a file',
      attachment: { name: 'a.txt', type: 'text/plain', data: [104, 105] },
    },
    { ...base, urlId: 'Pub_0001', key: null, text: 'public <b>"bold"</b> & more' },
    {
      ...base,
      urlId: 'Burn0001',
      key: '0123456789abcdef0123456789abcdef',
      text: 'burn',
      numView: 1,
      burnView: 3,
    },
    { ...base, urlId: 'Exp00001', key: null, text: 'expires', expiresAt: now + 7_200_000 },
    {
      ...base,
      urlId: 'Gone0001',
      key: null,
      text: 'expired',
      expiresAt: now - 1000,
      expect: 'expired',
    },
    {
      ...base,
      urlId: 'Used0001',
      key: null,
      text: 'used',
      numView: 1,
      burnView: 1,
      expect: 'used_up',
    },
    { ...base, urlId: 'Hght0001', key: null, text: 'height', expect: 'block_height' },
    {
      ...base,
      urlId: 'QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG',
      key: null,
      text: 'ipfs',
      expect: 'ipfs',
    },
  ];
  const path = join(directory, 'data.db');
  const db = new Database(path);
  for (const statement of V2_DDL) db.exec(statement);
  const insert = db.prepare(
    `INSERT INTO texts (text, is_ipfs, url_id, expiration_time, expiration_height, author,
      encryption_params_b64, num_view, is_private, is_burn, burn_view, created_on, updated_on)
      VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const f of fixtures) {
    const file = f.attachment
      ? {
          data: encodeBase64(new Uint8Array(f.attachment.data)),
          filename: f.attachment.name,
          mimeType: f.attachment.type,
        }
      : { data: null, filename: '', mimeType: '' };
    const body = f.attachment ? JSON.stringify({ text: f.text, file }) : v2Body(f.text);
    const sealed = f.key ? await sealV2Paste({ crypto }, f.key, body) : undefined;
    insert.run(
      sealed ? sealed.text : escapeHtml(body),
      f.expect === 'ipfs' ? 1 : 0,
      f.urlId,
      f.expiresAt === null ? null : Math.floor(f.expiresAt / 1000),
      f.expect === 'block_height' ? 850_000 : null,
      sealed ? Buffer.from(JSON.stringify(sealed.encParams)).toString('base64') : null,
      f.numView,
      sealed ? 1 : 0,
      f.burnView === null ? 0 : 1,
      f.burnView,
      '2024-03-05 00:00:00',
      '2024-03-05 00:00:00',
    );
  }
  db.close();
  return { path, fixtures };
}
