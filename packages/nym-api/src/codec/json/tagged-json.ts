import { JsonReader } from './reader.js';
import { SerdeError } from './serde-error.js';
import { expectEnd, readTagged } from './tagged.js';
import { readVariant, type FieldValue, type VariantSchema } from './variant.js';

/** An internally tagged enum (`#[serde(tag = "type")]`) as the real client declares it. */
export interface EnumSchema {
  readonly rustName: string;
  readonly variants: readonly VariantSchema[];
}

/** Outcome of reading: the variant and its fields, or serde_json's error text. */
export type TaggedJson =
  | { ok: true; variant: string; fields: ReadonlyMap<string, FieldValue> }
  | { ok: false; message: string };

/**
 * Reads a JSON text as the real client's serde code reads it into `schema`, failing with the
 * same text serde_json would print. Never throws for bad input.
 * @example readTaggedJson('{}', schema) // { ok: false, message: 'missing field `type` at line 1 column 2' }
 */
export function readTaggedJson(text: string, schema: EnumSchema): TaggedJson {
  const reader = new JsonReader(new TextEncoder().encode(text));
  const names = schema.variants.map((variant) => variant.name);
  try {
    const { tag, rest } = readTagged(reader, schema.rustName, names);
    const variant = schema.variants.find((candidate) => candidate.name === tag)!;
    const fields = readVariant(schema.rustName, variant, rest);
    expectEnd(reader);
    return { ok: true, variant: tag, fields };
  } catch (error) {
    if (error instanceof SerdeError) return { ok: false, message: error.message };
    throw error;
  }
}

/** A JSON object with fields in the given order, as serde_json writes it (no spaces). */
export function writeJsonObject(
  fields: readonly (readonly [string, string | bigint | number | null])[],
): string {
  const parts = fields.map(([key, value]) => {
    let json: string;
    if (typeof value === 'string') json = JSON.stringify(value);
    else if (value === null) json = 'null';
    else json = value.toString();
    return `${JSON.stringify(key)}:${json}`;
  });
  return `{${parts.join(',')}}`;
}
