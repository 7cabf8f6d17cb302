// The files PostgreSQL keeps a schema's tables in, for tests that look at what is on disk.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rawPostgres } from '@pastenym/test-postgres';

/**
 * After a CHECKPOINT, the contents of every table, TOAST table and index file of `schema` (and
 * their extra segments), or `[]` when this process may not read them (no privileges, or the
 * database runs on another machine).
 */
export async function postgresFiles(url: string, schema: string): Promise<Buffer[]> {
  try {
    await rawPostgres(url, 'CHECKPOINT');
    const [setting] = await rawPostgres(url, 'SHOW data_directory');
    const relations = `SELECT c.oid, c.reltoastrelid FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = '${schema}'`;
    const rows = await rawPostgres(
      url,
      `WITH own AS (${relations}),
        toast AS (SELECT reltoastrelid AS oid FROM own WHERE reltoastrelid <> 0),
        toast_index AS (SELECT indexrelid AS oid FROM pg_index WHERE indrelid IN (SELECT oid FROM toast))
      SELECT pg_relation_filepath(oid) AS path FROM
        (SELECT oid FROM own UNION SELECT oid FROM toast UNION SELECT oid FROM toast_index) r
      WHERE pg_relation_filepath(oid) IS NOT NULL`,
    );
    const base = String(setting?.['data_directory']);
    const files: Buffer[] = [];
    for (const row of rows) {
      const path = join(base, String(row['path']));
      for (let segment = 0; existsSync(segmentPath(path, segment)); segment++) {
        files.push(readFileSync(segmentPath(path, segment)));
      }
    }
    return files;
  } catch {
    return [];
  }
}

function segmentPath(path: string, segment: number): string {
  return segment === 0 ? path : `${path}.${segment}`;
}
