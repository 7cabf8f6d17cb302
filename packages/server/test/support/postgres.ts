// PostgreSQL for tests: where it is, whether it answers, and isolated schemas that are dropped
// afterwards. Without a server the tests skip loudly, or fail when PASTENYM_REQUIRE_POSTGRES=1.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, it } from 'vitest';

/** The server the tests use (`PASTENYM_POSTGRES_URL`). */
export const POSTGRES_URL =
  process.env['PASTENYM_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

const REQUIRED = process.env['PASTENYM_REQUIRE_POSTGRES'] === '1';

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

/** Connects once; resolves to `undefined` when the server answers, else to the reason. */
export async function probePostgres(url: string = POSTGRES_URL): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * `describe` for tests that need PostgreSQL: runs `body` when the server answers; otherwise
 * fails (required) or skips with a warning that says why and how to run them.
 */
export async function describeWithPostgres(
  name: string,
  body: (url: string) => void,
): Promise<void> {
  const reason = await probePostgres();
  if (reason === undefined) {
    describe(name, () => body(POSTGRES_URL));
    return;
  }
  const message = `PostgreSQL at ${redactedUrl(POSTGRES_URL)} is unreachable: ${reason}`;
  if (REQUIRED) {
    describe(name, () => {
      it('reaches PostgreSQL (PASTENYM_REQUIRE_POSTGRES=1)', () => {
        throw new Error(message);
      });
    });
    return;
  }
  console.warn(
    `\n!!! SKIPPING "${name}": ${message}.\n!!! Start PostgreSQL or set PASTENYM_POSTGRES_URL; ` +
      `set PASTENYM_REQUIRE_POSTGRES=1 to make this a failure.\n`,
  );
  describe.skip(name, () => body(POSTGRES_URL));
}

/** A fresh schema name no other run uses. */
export function randomSchemaName(): string {
  return `pastenym_test_${randomBytes(8).toString('hex')}`;
}

const DATE_OID = 1082;

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
  const client = new pg.Client({ connectionString: url, types: { getTypeParser: rawTypeParser } });
  await client.connect();
  try {
    return (await client.query<Record<string, unknown>>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Drops a test schema and everything in it. */
export async function dropSchema(url: string, schema: string): Promise<void> {
  await rawPostgres(url, `DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
}
