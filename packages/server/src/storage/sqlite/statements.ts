import type BetterSqlite3 from 'better-sqlite3';

/** The prepared statements of the SQLite store, compiled once per connection. */
export interface SqliteStatements {
  readonly insertPaste: BetterSqlite3.Statement;
  readonly insertBundle: BetterSqlite3.Statement;
  /** Records an import key; changes nothing when it is already there. */
  readonly insertImport: BetterSqlite3.Statement;
  /** Uses one view if the paste is live and not used up; returns the counted row or nothing. */
  readonly countView: BetterSqlite3.Statement;
  readonly selectBundle: BetterSqlite3.Statement;
  readonly readUnlimited: BetterSqlite3.Statement;
  readonly selectOwner: BetterSqlite3.Statement;
  readonly deletePaste: BetterSqlite3.Statement;
  readonly deleteIfExpired: BetterSqlite3.Statement;
  readonly sweep: BetterSqlite3.Statement;
  readonly stats: BetterSqlite3.Statement;
  readonly storedBytes: BetterSqlite3.Statement;
}

/** Compiles the statements; `pastes` and `paste_bundles` must exist. */
export function prepareSqliteStatements(db: BetterSqlite3.Database): SqliteStatements {
  return {
    insertPaste: db.prepare(
      `INSERT INTO pastes (id, size, format, metadata, owner_token_hash, expires_at, max_views,
        views, created_day) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertImport: db.prepare('INSERT INTO imports (key) VALUES (?) ON CONFLICT DO NOTHING'),
    insertBundle: db.prepare('INSERT INTO paste_bundles (id, bundle) VALUES (?, ?)'),
    countView: db.prepare(
      `UPDATE pastes SET views = views + 1
        WHERE id = ? AND (expires_at IS NULL OR expires_at > ?)
          AND (max_views IS NULL OR views < max_views)
        RETURNING size, format, metadata, expires_at, max_views, views, created_day`,
    ),
    selectBundle: db.prepare('SELECT bundle FROM paste_bundles WHERE id = ?'),
    readUnlimited: db.prepare(
      `SELECT p.size, p.format, p.metadata, p.expires_at, p.max_views, p.views, p.created_day,
          b.bundle
        FROM pastes p JOIN paste_bundles b ON b.id = p.id
        WHERE p.id = ? AND p.max_views IS NULL AND (p.expires_at IS NULL OR p.expires_at > ?)`,
    ),
    selectOwner: db.prepare('SELECT owner_token_hash FROM pastes WHERE id = ?'),
    deletePaste: db.prepare('DELETE FROM pastes WHERE id = ?'),
    deleteIfExpired: db.prepare('DELETE FROM pastes WHERE id = ? AND expires_at <= ?'),
    sweep: db.prepare(
      `DELETE FROM pastes WHERE id IN
        (SELECT id FROM pastes WHERE expires_at <= ? ORDER BY expires_at LIMIT ?)`,
    ),
    stats: db.prepare('SELECT count(*) AS pastes, coalesce(sum(size), 0) AS bytes FROM pastes'),
    storedBytes: db.prepare('SELECT bytes FROM stored_bytes WHERE id = 1').pluck(),
  };
}
