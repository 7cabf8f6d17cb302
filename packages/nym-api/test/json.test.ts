import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { JsonReader } from '../src/codec/json/reader.js';
import { rustCharDebug, rustStrDebug, ryuFormat } from '../src/codec/json/rust-format.js';
import { SerdeError } from '../src/codec/json/serde-error.js';
import { expectEnd } from '../src/codec/json/tagged.js';
import { parseValue, RECURSION_LIMIT } from '../src/codec/json/value.js';

function accepts(text: string): boolean {
  const reader = new JsonReader(new TextEncoder().encode(text));
  try {
    parseValue(reader, { remaining: RECURSION_LIMIT });
    expectEnd(reader);
    return true;
  } catch (error) {
    if (error instanceof SerdeError) return false;
    throw error;
  }
}

/** JSON.parse, except that numbers too large for a double fail (serde_json: "number out of range"). */
function jsonParses(text: string): boolean {
  try {
    JSON.parse(text, (_key, value: unknown) => {
      if (typeof value === 'number' && !Number.isFinite(value))
        throw new RangeError('out of range');
      return value;
    });
    return true;
  } catch {
    return false;
  }
}

describe('JSON reader', () => {
  it('accepts exactly what JSON.parse accepts (within the nesting limit)', () => {
    const nearlyJson = fc.json().chain((json) =>
      fc.oneof(
        fc.constant(json),
        fc.tuple(fc.nat(), fc.string({ maxLength: 2 })).map(([at, junk]) => {
          const cut = at % (json.length + 1);
          return json.slice(0, cut) + junk + json.slice(cut + 1);
        }),
      ),
    );
    fc.assert(
      fc.property(fc.oneof(nearlyJson, fc.string()), (text) => {
        expect(accepts(text)).toBe(jsonParses(text));
      }),
      { numRuns: 500 },
    );
  });

  it('reads integers exactly and keeps their kind', () => {
    const read = (text: string) =>
      parseValue(new JsonReader(new TextEncoder().encode(text)), { remaining: 128 });
    expect(read('18446744073709551615')).toEqual({ kind: 'u64', value: 18446744073709551615n });
    expect(read('18446744073709551616')).toEqual({ kind: 'f64', value: 18446744073709551616 });
    expect(read('-9223372036854775808')).toEqual({ kind: 'i64', value: -9223372036854775808n });
    expect(read('-0')).toEqual({ kind: 'f64', value: -0 });
    expect(read('"a\\u00e9\\ud83d\\ude00\\/"')).toEqual({ kind: 'str', value: 'aé😀/' });
  });
});

describe('Rust formatting', () => {
  it('prints floats as ryu does', () => {
    const cases: [number, string][] = [
      [1, '1.0'],
      [1.5, '1.5'],
      [-2.25, '-2.25'],
      [0, '0.0'],
      [-0, '-0.0'],
      [1e15, '1000000000000000.0'],
      [1e16, '1e16'],
      [123456.789, '123456.789'],
      [0.001234, '0.001234'],
      [1e-5, '0.00001'],
      [1e-6, '1e-6'],
      [1.25e-7, '1.25e-7'],
      [1.8446744073709552e19, '1.8446744073709552e19'],
    ];
    for (const [value, text] of cases) expect(ryuFormat(value)).toBe(text);
  });

  it('escapes chars and strings as {:?} does', () => {
    expect(rustCharDebug("'")).toBe("'\\''");
    expect(rustCharDebug('"')).toBe(`'"'`);
    expect(rustCharDebug('\u0001')).toBe("'\\u{1}'");
    expect(rustStrDebug('a"b\\\n\t\0é')).toBe('"a\\"b\\\\\\n\\t\\0é"');
    expect(rustStrDebug("it's")).toBe(`"it's"`);
  });
});
