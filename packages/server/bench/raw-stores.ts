// The raw database operations the handler's rates are compared with: the same tables, the same
// row shapes and the same durability settings, without the service or the store around them.
import Database from 'better-sqlite3';
import pg from 'pg';
import { join } from 'node:path';
import { DEFAULT_SQLITE_FILE } from '../src/index.js';

/** A paste row as the store writes it. */
export interface RawRow {
  readonly id: string;
  readonly bundle: Uint8Array;
  readonly ownerTokenHash: Uint8Array;
  readonly expiresAt: number;
  readonly createdDay: string;
}

/** Raw insert (one durable transaction per paste) and raw select of a paste with its bundle. */
export interface RawStore {
  insert(row: RawRow): Promise<void>;
  select(id: string): Promise<unknown>;
  /** What a get must do at least: count one view and read the bundle, in one durable commit. */
  countedRead(id: string, nowSeconds: number): Promise<unknown>;
  close(): Promise<void>;
}

// Statements are written with PostgreSQL's placeholders; SQLite takes them as `?`.
const positional = (sql: string) => sql.replace(/\$\d/g, '?');

const COUNT_VIEW = `SET views = views + 1 WHERE id = $1 AND (expires_at IS NULL OR expires_at > $2)
  AND (max_views IS NULL OR views < max_views)
  RETURNING size, format, metadata, expires_at, max_views, views, created_day`;

const INSERT_PASTE = `(id, size, format, metadata, owner_token_hash, expires_at, max_views,
  created_day) VALUES ($1, $2, 'v3', NULL, $3, $4, NULL, $5)`;

function selectPaste(pastes: string, bundles: string): string {
  return `SELECT p.size, p.format, p.metadata, p.expires_at, p.max_views, p.views, p.created_day,
    b.bundle FROM ${pastes} p JOIN ${bundles} b ON b.id = p.id WHERE p.id = $1`;
}

/** The values of `INSERT_PASTE`, in its order. */
function pasteValues(row: RawRow): unknown[] {
  const { id, bundle, ownerTokenHash, expiresAt, createdDay } = row;
  return [id, bundle.length, Buffer.from(ownerTokenHash), expiresAt, createdDay];
}

/** Raw SQL on the SQLite file the store uses, with the store's pragmas (WAL, synchronous FULL). */
export function rawSqlite(directory: string): RawStore {
  const db = new Database(join(directory, DEFAULT_SQLITE_FILE), { fileMustExist: true });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  const insertPaste = db.prepare(positional(`INSERT INTO pastes ${INSERT_PASTE}`));
  const insertBundle = db.prepare('INSERT INTO paste_bundles (id, bundle) VALUES (?, ?)');
  const insert = db.transaction((row: RawRow) => {
    insertPaste.run(...pasteValues(row));
    insertBundle.run(row.id, Buffer.from(row.bundle));
  });
  const select = db.prepare(positional(selectPaste('pastes', 'paste_bundles')));
  const countView = db.prepare(positional(`UPDATE pastes ${COUNT_VIEW}`));
  const selectBundle = db.prepare('SELECT bundle FROM paste_bundles WHERE id = ?');
  const countedRead = db.transaction((id: string, nowSeconds: number) => {
    const row = countView.get(id, nowSeconds);
    return row === undefined ? undefined : selectBundle.get(id);
  });
  return {
    insert: (row) => Promise.resolve(insert.immediate(row)),
    select: (id) => Promise.resolve(select.get(id)),
    countedRead: (id, nowSeconds) => Promise.resolve(countedRead.immediate(id, nowSeconds)),
    close: () => Promise.resolve(void db.close()),
  };
}

/** Raw SQL on the PostgreSQL schema the store uses, committing like the store does. */
export function rawPostgres(url: string, schema: string): RawStore {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const t = { pastes: `"${schema}".pastes`, bundles: `"${schema}".paste_bundles` };
  return {
    async insert(row) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('SET LOCAL synchronous_commit = on');
        await client.query(`INSERT INTO ${t.pastes} ${INSERT_PASTE}`, pasteValues(row));
        await client.query(`INSERT INTO ${t.bundles} (id, bundle) VALUES ($1, $2)`, [
          row.id,
          Buffer.from(row.bundle),
        ]);
        await client.query('COMMIT');
      } finally {
        client.release();
      }
    },
    async select(id) {
      const sql = selectPaste(t.pastes, t.bundles);
      const result = await pool.query<Record<string, unknown>>(sql, [id]);
      return result.rows[0];
    },
    async countedRead(id, nowSeconds) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const counted = await client.query(`UPDATE ${t.pastes} ${COUNT_VIEW}`, [id, nowSeconds]);
        const bundle =
          counted.rowCount === 0
            ? undefined
            : (
                await client.query<{ bundle: Uint8Array }>(
                  `SELECT bundle FROM ${t.bundles} WHERE id = $1`,
                  [id],
                )
              ).rows[0];
        await client.query('COMMIT');
        return bundle;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
