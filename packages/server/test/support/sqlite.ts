// SQLite for tests: temporary data directories and raw access to the database file.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

/** A fresh, empty directory under the system temp directory. */
export function tempDirectory(prefix = 'pastenym-storage-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Removes a temp directory and everything in it. */
export function removeDirectory(directory: string): Promise<void> {
  return rm(directory, { recursive: true, force: true });
}

/** The contents of every file in a data directory: the database and its logs. */
export function sqliteFiles(directory: string): Buffer[] {
  return readdirSync(directory).map((name) => readFileSync(join(directory, name)));
}

/** Runs one statement on its own connection; statements without rows resolve to `[]`. */
export function rawSqlite(file: string, sql: string): Record<string, unknown>[] {
  const db = new Database(file, { fileMustExist: true, timeout: 5000 });
  try {
    const statement = db.prepare(sql);
    if (!statement.reader) {
      statement.run();
      return [];
    }
    return statement.all() as Record<string, unknown>[];
  } finally {
    db.close();
  }
}
