import type { Content } from './content.js';
import type { JsonReader } from './reader.js';
import { SerdeError, invalidType, missingField, unknownVariant } from './serde-error.js';
import {
  colon,
  endMap,
  endSeq,
  enter,
  nextElement,
  nextKey,
  parseValue,
  RECURSION_LIMIT,
  type Depth,
} from './value.js';

/** The tag and the other fields of an internally tagged enum, before the variant is read. */
export interface TaggedContent {
  tag: string;
  /** The remaining fields (from an object) or elements (from the array form serde also accepts). */
  rest: Content;
}

const TAG = 'type';

/**
 * Reads the value of the tag as serde reads a variant name: a string naming a known variant;
 * anything else fails at once, with the position where reading stopped.
 */
function readVariantName(reader: JsonReader, variants: readonly string[]): string {
  const peek = reader.peekToken();
  if (peek === undefined) throw reader.peekError('EOF while parsing a value');
  if (peek === 0x22) {
    reader.index++;
    const name = reader.string();
    if (!variants.includes(name))
      throw unknownVariant(name, variants).withPosition(reader.position());
    return name;
  }
  // serde_json reads scalars to name them, but leaves arrays and objects unread.
  let found: Content;
  if (peek === 0x5b) found = { kind: 'seq', items: [] };
  else if (peek === 0x7b) found = { kind: 'map', entries: [] };
  else found = parseValue(reader, { remaining: RECURSION_LIMIT });
  throw invalidType(found, 'variant identifier').withPosition(reader.position());
}

function readMap(reader: JsonReader, depth: Depth, variants: readonly string[]): TaggedContent {
  let tag: string | undefined;
  const entries: [string, Content][] = [];
  for (let key = nextKey(reader, true); key !== null; key = nextKey(reader, false)) {
    if (key === TAG) {
      if (tag !== undefined) throw new SerdeError(`duplicate field \`${TAG}\``);
      colon(reader);
      tag = readVariantName(reader, variants);
    } else {
      colon(reader);
      entries.push([key, parseValue(reader, depth)]);
    }
  }
  if (tag === undefined) throw missingField(TAG);
  return { tag, rest: { kind: 'map', entries } };
}

function readSeq(reader: JsonReader, depth: Depth, variants: readonly string[]): TaggedContent {
  if (!nextElement(reader, true)) throw missingField(TAG);
  const tag = readVariantName(reader, variants);
  const items: Content[] = [];
  while (nextElement(reader, false)) items.push(parseValue(reader, depth));
  return { tag, rest: { kind: 'seq', items } };
}

/**
 * Reads the outer JSON of an internally tagged enum (`{"type": "...", ...}`) the way serde
 * does: the tag is checked while reading, the other fields are kept for the variant.
 * @throws {SerdeError} on malformed JSON, a missing or unknown tag (internal: callers turn it
 *   into an error response)
 */
export function readTagged(
  reader: JsonReader,
  enumName: string,
  variants: readonly string[],
): TaggedContent {
  const depth: Depth = { remaining: RECURSION_LIMIT };
  const peek = reader.peekToken();
  if (peek === undefined) throw reader.peekError('EOF while parsing a value');
  const read = peek === 0x7b ? readMap : peek === 0x5b ? readSeq : undefined;
  if (read === undefined) {
    const found = parseValue(reader, depth);
    throw invalidType(found, `internally tagged enum ${enumName}`).withPosition(reader.position());
  }
  const close = peek === 0x7b ? endMap : endSeq;
  enter(reader, depth);
  try {
    const tagged = read(reader, depth, variants);
    close(reader);
    return tagged;
  } catch (error) {
    // serde_json closes the container even on error, then positions errors that had none.
    close(reader);
    throw error instanceof SerdeError ? error.withPosition(reader.position()) : error;
  }
}

/** After the value: only whitespace may follow (serde_json's `end`). */
export function expectEnd(reader: JsonReader): void {
  if (reader.peekToken() !== undefined) throw reader.peekError('trailing characters');
}
