import { invalidArgument } from '../errors.js';

/** Fully qualified, quoted names of the store's tables inside one schema. */
export interface PostgresTables {
  readonly schema: string;
  readonly pastes: string;
  readonly bundles: string;
  readonly migrations: string;
  readonly imports: string;
  readonly storedBytes: string;
  /** The trigger function that keeps `storedBytes` exact. */
  readonly countStoredBytes: string;
}

/** Schema names the store accepts: plain lower-case identifiers, so quoting is exact. */
export const SCHEMA_NAME_PATTERN = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Names the tables of the store in `schema`.
 * @throws StorageError `storage.invalid_argument` for a schema name outside `SCHEMA_NAME_PATTERN`
 * @example postgresTables('pastenym').pastes // '"pastenym".pastes'
 */
export function postgresTables(schema: string): PostgresTables {
  if (!SCHEMA_NAME_PATTERN.test(schema)) {
    throw invalidArgument('schema must be a lower-case identifier of at most 63 characters');
  }
  const quoted = `"${schema}"`;
  return {
    schema: quoted,
    pastes: `${quoted}.pastes`,
    bundles: `${quoted}.paste_bundles`,
    migrations: `${quoted}.schema_migrations`,
    imports: `${quoted}.imports`,
    storedBytes: `${quoted}.stored_bytes`,
    countStoredBytes: `${quoted}.count_stored_bytes`,
  };
}
