// PostgreSQL for the stack's tests: whether it answers, and fresh schemas dropped afterwards.
// Without a server the tests skip loudly, or fail when PASTENYM_REQUIRE_POSTGRES=1.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, it } from 'vitest';

/** The server the tests use (`PASTENYM_POSTGRES_URL`). */
export const POSTGRES_URL =
  process.env['PASTENYM_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

const REQUIRED = process.env['PASTENYM_REQUIRE_POSTGRES'] === '1';

/** Runs one statement on a connection of its own. */
async function query(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query(sql);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The URL without its password, fit for messages. */
function redacted(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable PASTENYM_POSTGRES_URL)';
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
  const reason = await query(POSTGRES_URL, 'SELECT 1').then(
    () => undefined,
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
  if (reason === undefined) {
    describe(name, () => body(POSTGRES_URL));
    return;
  }
  const message = `PostgreSQL at ${redacted(POSTGRES_URL)} is unreachable: ${reason}`;
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
  return `pastenym_stack_${randomBytes(8).toString('hex')}`;
}

/** Drops a test schema and everything in it. */
export function dropSchema(url: string, schema: string): Promise<void> {
  return query(url, `DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
}
