/**
 * How Rust prints chars, strings and floats in error messages (`{:?}` and serde_json's `ryu`
 * formatting), so that our error texts match the real nym-client's.
 */

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '\0': '\\0',
  '\t': '\\t',
  '\r': '\\r',
  '\n': '\\n',
  '\\': '\\\\',
};

function escapeChar(char: string, quote: '"' | "'"): string {
  const simple = SIMPLE_ESCAPES[char];
  if (simple !== undefined) return simple;
  if (char === quote) return `\\${quote}`;
  const code = char.codePointAt(0)!;
  // C0 and C1 controls and DEL are not printable: Rust writes them as \u{..}.
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return `\\u{${code.toString(16)}}`;
  return char;
}

/** Rust's `{:?}` of a char, e.g. `'a'`, `'\''`, `'\u{1}'`. */
export function rustCharDebug(char: string): string {
  return `'${escapeChar(char, "'")}'`;
}

/** Rust's `{:?}` of a string, e.g. `"a\"b"`. */
export function rustStrDebug(text: string): string {
  let out = '"';
  for (const char of text) out += escapeChar(char, '"');
  return `${out}"`;
}

/**
 * Formats a finite float as the `ryu` crate does (serde_json uses it in "invalid type"
 * messages): `1.0`, `0.001`, `1e20`, `1.5e-7`.
 */
export function ryuFormat(value: number): string {
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  const sign = value < 0 ? '-' : '';
  const [mantissa, exponentText] = Math.abs(value).toExponential().split('e') as [string, string];
  const digits = mantissa.replace('.', '');
  const length = digits.length;
  const point = Number(exponentText) + 1; // where the decimal point sits within `digits`
  let body: string;
  if (point >= length && point <= 16) {
    body = `${digits}${'0'.repeat(point - length)}.0`;
  } else if (point > 0 && point <= 16) {
    body = `${digits.slice(0, point)}.${digits.slice(point)}`;
  } else if (point > -5 && point <= 0) {
    body = `0.${'0'.repeat(-point)}${digits}`;
  } else if (length === 1) {
    body = `${digits}e${point - 1}`;
  } else {
    body = `${digits[0]}.${digits.slice(1)}e${point - 1}`;
  }
  return sign + body;
}
