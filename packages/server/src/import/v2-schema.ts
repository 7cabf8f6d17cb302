/**
 * The original backend's `texts` table (peewee on SQLite; see the v2 reference). Columns this
 * importer reads; a table lacking one of `REQUIRED`, or holding one it does not know, is not
 * understood and refused: guessing at an unknown column could drop a promise made to a creator.
 */
export const V2_TABLE = 'texts';

/** Columns every original database had. */
export const V2_REQUIRED_COLUMNS = [
  'url_id',
  'text',
  'encryption_params_b64',
  'num_view',
  'is_burn',
  'created_on',
] as const;

/** Columns of some versions only (`burn_view`, `expiration_height` came with 2.x). */
export const V2_OPTIONAL_COLUMNS = [
  'id',
  'is_ipfs',
  'expiration_time',
  'expiration_height',
  'author',
  'is_private',
  'burn_view',
  'updated_on',
] as const;

/**
 * Why a table is not understood, or `undefined` when it is.
 * @example v2SchemaProblem(['id', 'url_id']) // 'column text is missing'
 */
export function v2SchemaProblem(columns: readonly string[]): string | undefined {
  const known = new Set<string>([...V2_REQUIRED_COLUMNS, ...V2_OPTIONAL_COLUMNS]);
  const missing = V2_REQUIRED_COLUMNS.find((column) => !columns.includes(column));
  if (missing !== undefined) return `column ${missing} is missing`;
  const unknown = columns.find((column) => !known.has(column));
  if (unknown !== undefined) return `column ${unknown} is unknown`;
  return undefined;
}
