import { unexpected, type Content } from './content.js';

/**
 * An error of the JSON layer, printed like serde_json's: `"<message> at line L column C"`, or
 * just the message when no position is known (line 0), as for errors raised after parsing.
 */
export class SerdeError extends Error {
  override readonly name = 'SerdeError';
  constructor(
    readonly detail: string,
    readonly line = 0,
    readonly column = 0,
  ) {
    super(line === 0 ? detail : `${detail} at line ${line} column ${column}`);
  }

  /** This error with a position, unless it already has one (serde_json's `fix_position`). */
  withPosition(position: { line: number; column: number }): SerdeError {
    return this.line === 0 ? new SerdeError(this.detail, position.line, position.column) : this;
  }
}

/** serde's `invalid_type`. */
export const invalidType = (value: Content, expected: string): SerdeError =>
  new SerdeError(`invalid type: ${unexpected(value)}, expected ${expected}`);

/** serde's `invalid_value`. */
export const invalidValue = (value: Content, expected: string): SerdeError =>
  new SerdeError(`invalid value: ${unexpected(value)}, expected ${expected}`);

/** serde's `invalid_length`. */
export const invalidLength = (length: number, expected: string): SerdeError =>
  new SerdeError(`invalid length ${length}, expected ${expected}`);

/** serde's `missing_field`. */
export const missingField = (field: string): SerdeError =>
  new SerdeError(`missing field \`${field}\``);

/** serde's `duplicate_field`. */
export const duplicateField = (field: string): SerdeError =>
  new SerdeError(`duplicate field \`${field}\``);

/** serde's `unknown_variant`, with its "one of" list. */
export function unknownVariant(variant: string, expected: readonly string[]): SerdeError {
  const names = expected.map((name) => `\`${name}\``);
  let list: string;
  if (names.length === 0)
    return new SerdeError(`unknown variant \`${variant}\`, there are no variants`);
  if (names.length === 1) list = names[0]!;
  else if (names.length === 2) list = `${names[0]} or ${names[1]}`;
  else list = `one of ${names.join(', ')}`;
  return new SerdeError(`unknown variant \`${variant}\`, expected ${list}`);
}
