import type { Content } from './content.js';
import type { JsonReader } from './reader.js';

const isDigit = (byte: number | undefined): boolean =>
  byte !== undefined && byte >= 0x30 && byte <= 0x39;

function digits(reader: JsonReader): void {
  while (isDigit(reader.peek())) reader.index++;
}

/** Integers stay exact: u64, or i64 when negative; anything else is a double, as in serde_json. */
function contentOf(reader: JsonReader, text: string, negative: boolean, float: boolean): Content {
  if (!float) {
    const value = BigInt(text);
    // Integers beyond u64 / i64 become floats; so does -0.
    if (!negative && value < 1n << 64n) return { kind: 'u64', value };
    if (negative && value < 0n && value >= -(1n << 63n)) return { kind: 'i64', value };
  }
  const value = Number(text);
  if (!Number.isFinite(value)) throw reader.error('number out of range');
  return { kind: 'f64', value };
}

/** Reads a JSON number with serde_json's checks; `negative` when its `-` was consumed. */
export function readNumber(reader: JsonReader, negative: boolean): Content {
  const start = negative ? reader.index - 1 : reader.index;
  const first = reader.next();
  if (first === undefined) throw reader.error('EOF while parsing a value');
  if (first === 0x30) {
    // Only one leading zero.
    if (isDigit(reader.peek())) throw reader.peekError('invalid number');
  } else if (isDigit(first)) {
    digits(reader);
  } else {
    throw reader.error('invalid number');
  }
  let float = false;
  if (reader.peek() === 0x2e) {
    float = true;
    reader.index++;
    if (!isDigit(reader.peek())) {
      const atEnd = reader.peek() === undefined;
      throw reader.peekError(atEnd ? 'EOF while parsing a value' : 'invalid number');
    }
    digits(reader);
  }
  if (reader.peek() === 0x65 || reader.peek() === 0x45) {
    float = true;
    reader.index++;
    if (reader.peek() === 0x2b || reader.peek() === 0x2d) reader.index++;
    const digit = reader.next();
    if (digit === undefined) throw reader.error('EOF while parsing a value');
    if (!isDigit(digit)) throw reader.error('invalid number');
    digits(reader);
  }
  const text = new TextDecoder().decode(reader.bytes.subarray(start, reader.index));
  return contentOf(reader, text, negative, float);
}
