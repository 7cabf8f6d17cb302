// Where the tests' PostgreSQL is, whether it answers, and raw statements on throwaway
// connections: each opens, runs and closes, bounded in time, so no pool outlives a test.
import pg from 'pg';

/** The server the tests use (`PASTENYM_POSTGRES_URL`). */
export const POSTGRES_URL =
  process.env['PASTENYM_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

const CONNECT_TIMEOUT_MS = 3000;
const DATE_OID = 1082;

/** The URL without its password, fit for messages. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable PASTENYM_POSTGRES_URL)';
  }
}

/** pg's parsers, except that DATE stays the `YYYY-MM-DD` text the server sends. */
function rawTypeParser(oid: number, format?: 'text' | 'binary'): (value: string) => unknown {
  if (oid === DATE_OID) return (value) => value;
  const parse = pg.types.getTypeParser(oid, format ?? 'text') as (value: string) => unknown;
  return parse;
}

/**
 * Runs one statement on its own connection. Dates come back as `YYYY-MM-DD` text and 64-bit
 * integers as strings, exactly as stored, so tests see the raw table.
 */
export async function rawPostgres(url: string, sql: string): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    types: { getTypeParser: rawTypeParser },
  });
  // A server that drops the connection must fail the statement, not crash the test run.
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.query<Record<string, unknown>>(sql)).rows;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Connects once; resolves to `undefined` when the server answers, else to the reason. */
export async function probePostgres(url: string = POSTGRES_URL): Promise<string | undefined> {
  try {
    await rawPostgres(url, 'SELECT 1');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
