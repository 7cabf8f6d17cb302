import type { Content } from './content.js';
import type { JsonReader } from './reader.js';

/** serde_json's default nesting limit. */
export const RECURSION_LIMIT = 128;

/** Nesting state shared by one parse. */
export interface Depth {
  remaining: number;
}

/** Enters a `[` or `{` (not yet consumed), failing like serde_json past the nesting limit. */
export function enter(reader: JsonReader, depth: Depth): void {
  depth.remaining--;
  if (depth.remaining === 0) throw reader.peekError('recursion limit exceeded');
  reader.index++;
}

/**
 * Moves to the next element of a sequence; false at its end (the `]` is left for
 * {@link endSeq}). `first` is whether no element has been read yet.
 */
export function nextElement(reader: JsonReader, first: boolean): boolean {
  let peek = reader.peekToken();
  if (peek === 0x5d) return false;
  if (peek === undefined) throw reader.peekError('EOF while parsing a list');
  if (!first) {
    if (peek !== 0x2c) throw reader.peekError('expected `,` or `]`');
    reader.index++;
    peek = reader.peekToken();
  }
  if (peek === 0x5d) throw reader.peekError('trailing comma');
  if (peek === undefined) throw reader.peekError('EOF while parsing a value');
  return true;
}

/** Moves to the next key of a map and reads it; null at its end (the `}` is left). */
export function nextKey(reader: JsonReader, first: boolean): string | null {
  let peek = reader.peekToken();
  if (peek === 0x7d) return null;
  if (peek === undefined) throw reader.peekError('EOF while parsing an object');
  if (!first) {
    if (peek !== 0x2c) throw reader.peekError('expected `,` or `}`');
    reader.index++;
    peek = reader.peekToken();
  }
  if (peek === 0x22) {
    reader.index++;
    return reader.string();
  }
  if (peek === 0x7d) throw reader.peekError('trailing comma');
  if (peek === undefined) throw reader.peekError('EOF while parsing a value');
  throw reader.peekError('key must be a string');
}

/** Reads the `:` between a key and its value. */
export function colon(reader: JsonReader): void {
  const peek = reader.peekToken();
  if (peek === 0x3a) reader.index++;
  else if (peek === undefined) throw reader.peekError('EOF while parsing an object');
  else throw reader.peekError('expected `:`');
}

/** Closes a map: consumes the `}` when it is next (also after an error, as serde_json does). */
export function endMap(reader: JsonReader): void {
  if (reader.peekToken() === 0x7d) reader.index++;
}

/** Closes a sequence: consumes a `]`, or a `,` (serde_json then reports trailing data). */
export function endSeq(reader: JsonReader): void {
  const peek = reader.peekToken();
  if (peek === 0x5d || peek === 0x2c) reader.index++;
}

/** Reads any JSON value into {@link Content} (serde_json's `deserialize_any`). */
export function parseValue(reader: JsonReader, depth: Depth): Content {
  const peek = reader.peekToken();
  switch (peek) {
    case undefined:
      throw reader.peekError('EOF while parsing a value');
    case 0x6e: // n
      reader.index++;
      reader.ident('ull');
      return { kind: 'null' };
    case 0x74: // t
      reader.index++;
      reader.ident('rue');
      return { kind: 'bool', value: true };
    case 0x66: // f
      reader.index++;
      reader.ident('alse');
      return { kind: 'bool', value: false };
    case 0x2d: // -
      reader.index++;
      return reader.number(true);
    case 0x22: // "
      reader.index++;
      return { kind: 'str', value: reader.string() };
    case 0x5b: {
      enter(reader, depth);
      const items: Content[] = [];
      while (nextElement(reader, items.length === 0)) items.push(parseValue(reader, depth));
      endSeq(reader);
      depth.remaining++;
      return { kind: 'seq', items };
    }
    case 0x7b: {
      enter(reader, depth);
      const entries: [string, Content][] = [];
      for (let key = nextKey(reader, true); key !== null; key = nextKey(reader, false)) {
        colon(reader);
        entries.push([key, parseValue(reader, depth)]);
      }
      endMap(reader);
      depth.remaining++;
      return { kind: 'map', entries };
    }
    default:
      if (peek >= 0x30 && peek <= 0x39) return reader.number(false);
      throw reader.peekError('expected value');
  }
}
