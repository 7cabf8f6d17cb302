import type { JsonReader } from './reader.js';

// Keep a leading U+FEFF: it is content here, not a byte-order mark.
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });
const ENCODER = new TextEncoder();

const ESCAPES: Readonly<Record<number, string>> = {
  0x22: '"',
  0x5c: '\\',
  0x2f: '/',
  0x62: '\b',
  0x66: '\f',
  0x6e: '\n',
  0x72: '\r',
  0x74: '\t',
};

function hex4(reader: JsonReader): number {
  if (reader.index + 4 > reader.bytes.length) {
    reader.index = reader.bytes.length;
    throw reader.error('EOF while parsing a string');
  }
  const text = UTF8.decode(reader.bytes.subarray(reader.index, reader.index + 4));
  reader.index += 4;
  if (!/^[0-9a-fA-F]{4}$/.test(text)) throw reader.error('invalid escape');
  return parseInt(text, 16);
}

// serde_json demands surrogates in pairs when it reads into a string.
function unicodeEscape(reader: JsonReader): string {
  const first = hex4(reader);
  if (first >= 0xdc00 && first <= 0xdfff) {
    throw reader.error('lone leading surrogate in hex escape');
  }
  if (first < 0xd800 || first > 0xdbff) return String.fromCharCode(first);
  for (const expected of [0x5c, 0x75]) {
    const byte = reader.next();
    if (byte === undefined) throw reader.error('EOF while parsing a string');
    if (byte !== expected) throw reader.error('unexpected end of hex escape');
  }
  const second = hex4(reader);
  if (second < 0xdc00 || second > 0xdfff) {
    throw reader.error('lone leading surrogate in hex escape');
  }
  return String.fromCharCode(first, second);
}

function escape(reader: JsonReader): string {
  const byte = reader.next();
  if (byte === undefined) throw reader.error('EOF while parsing a string');
  const simple = ESCAPES[byte];
  if (simple !== undefined) return simple;
  if (byte !== 0x75) throw reader.error('invalid escape');
  return unicodeEscape(reader);
}

/** Reads a JSON string after its opening quote, with serde_json's checks and messages. */
export function readString(reader: JsonReader): string {
  const parts: Uint8Array[] = [];
  let start = reader.index;
  for (;;) {
    let byte = reader.peek();
    // Control characters, quotes and backslashes stop the run.
    while (byte !== undefined && byte >= 0x20 && byte !== 0x22 && byte !== 0x5c) {
      byte = reader.bytes[++reader.index];
    }
    if (byte === undefined) throw reader.error('EOF while parsing a string');
    parts.push(reader.bytes.subarray(start, reader.index));
    reader.index++;
    if (byte === 0x22) break;
    if (byte !== 0x5c) {
      throw reader.error('control character (\\u0000-\\u001F) found while parsing a string');
    }
    parts.push(ENCODER.encode(escape(reader)));
    start = reader.index;
  }
  let length = 0;
  for (const part of parts) length += part.length;
  const all = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    all.set(part, offset);
    offset += part.length;
  }
  return UTF8.decode(all);
}
