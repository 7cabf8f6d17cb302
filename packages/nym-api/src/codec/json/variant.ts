import type { Content } from './content.js';
import {
  duplicateField,
  invalidLength,
  invalidType,
  invalidValue,
  missingField,
} from './serde-error.js';

/** The Rust types of the fields the API uses, and how serde reads each from JSON. */
export type FieldType = 'String' | 'u32' | 'u64' | 'usize' | 'Option<u64>' | 'Option<String>';

/** One variant of an internally tagged enum: JSON name, Rust name and fields (none: unit). */
export interface VariantSchema {
  readonly name: string;
  readonly rustName: string;
  readonly fields: readonly (readonly [name: string, type: FieldType])[] | null;
}

/** What a field holds after reading: strings, exact integers, or null for a missing option. */
export type FieldValue = string | bigint | null;

const U32_MAX = 0xffff_ffffn;

function readField(value: Content, type: FieldType): FieldValue {
  if (type === 'Option<u64>' || type === 'Option<String>') {
    // serde reads JSON null as None; anything else as Some(inner).
    if (value.kind === 'null') return null;
    return readField(value, type === 'Option<u64>' ? 'u64' : 'String');
  }
  if (type === 'String') {
    if (value.kind !== 'str') throw invalidType(value, 'a string');
    return value.value;
  }
  if (value.kind === 'i64') throw invalidValue(value, type);
  if (value.kind !== 'u64') throw invalidType(value, type);
  if (type === 'u32' && value.value > U32_MAX) throw invalidValue(value, type);
  return value.value;
}

function readFromMap(
  schema: VariantSchema,
  entries: readonly [string, Content][],
): Map<string, FieldValue> {
  const fields = schema.fields ?? [];
  const values = new Map<string, FieldValue>();
  for (const [key, value] of entries) {
    const field = fields.find(([name]) => name === key);
    if (field === undefined) continue; // unknown fields are ignored
    if (values.has(key)) throw duplicateField(key);
    values.set(key, readField(value, field[1]));
  }
  for (const [name, type] of fields) {
    if (values.has(name)) continue;
    if (!type.startsWith('Option<')) throw missingField(name);
    values.set(name, null);
  }
  return values;
}

function readFromSeq(
  enumName: string,
  schema: VariantSchema,
  items: readonly Content[],
): Map<string, FieldValue> {
  const fields = schema.fields ?? [];
  const values = new Map<string, FieldValue>();
  fields.forEach(([name, type], i) => {
    const item = items[i];
    if (item === undefined) {
      const expected = `struct variant ${enumName}::${schema.rustName} with ${fields.length} elements`;
      throw invalidLength(i, expected);
    }
    values.set(name, readField(item, type));
  });
  if (items.length > fields.length) {
    const count = fields.length;
    throw invalidLength(items.length, `${count} element${count === 1 ? '' : 's'} in sequence`);
  }
  return values;
}

/**
 * Reads the fields of one variant from what followed the tag, as serde's derived code does:
 * unknown fields ignored, duplicates and missing required fields rejected, in this order.
 * @throws {SerdeError} without a position, as serde raises these after parsing (internal)
 */
export function readVariant(
  enumName: string,
  schema: VariantSchema,
  rest: Content,
): Map<string, FieldValue> {
  if (rest.kind === 'seq') return readFromSeq(enumName, schema, rest.items);
  if (rest.kind === 'map') return readFromMap(schema, rest.entries);
  return new Map();
}
