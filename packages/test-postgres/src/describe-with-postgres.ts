// Suites that need PostgreSQL: without a server they skip loudly, or fail when
// PASTENYM_REQUIRE_POSTGRES=1, so CI can never pass by skipping them.
import { describe, it } from 'vitest';
import { POSTGRES_URL, probePostgres, redactedUrl } from './connection.js';

const REQUIRED = process.env['PASTENYM_REQUIRE_POSTGRES'] === '1';

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
