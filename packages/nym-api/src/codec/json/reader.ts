import type { Content } from './content.js';
import { readNumber } from './numbers.js';
import { SerdeError } from './serde-error.js';
import { readString } from './strings.js';

/**
 * The lexical layer of a JSON reader that fails like serde_json: same checks in the same order,
 * same messages, positions counted in bytes of UTF-8 (serde_json reads bytes).
 */
export class JsonReader {
  index = 0;
  constructor(readonly bytes: Uint8Array) {}

  peek(): number | undefined {
    return this.bytes[this.index];
  }

  /** Reads one byte (undefined at the end). */
  next(): number | undefined {
    const byte = this.bytes[this.index];
    if (byte !== undefined) this.index++;
    return byte;
  }

  /** Skips whitespace and peeks at the next byte. */
  peekToken(): number | undefined {
    let byte = this.bytes[this.index];
    while (byte === 0x20 || byte === 0x0a || byte === 0x09 || byte === 0x0d) {
      byte = this.bytes[++this.index];
    }
    return byte;
  }

  private positionOf(offset: number): { line: number; column: number } {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset; i++) {
      if (this.bytes[i] === 0x0a) {
        line++;
        lineStart = i + 1;
      }
    }
    return { line, column: offset - lineStart };
  }

  /** Position after the last byte read (serde_json's `error`). */
  position(): { line: number; column: number } {
    return this.positionOf(this.index);
  }

  /** An error at the last byte read. */
  error(detail: string): SerdeError {
    return new SerdeError(detail).withPosition(this.position());
  }

  /** An error at the byte about to be read (serde_json's `peek_error`). */
  peekError(detail: string): SerdeError {
    return new SerdeError(detail).withPosition(
      this.positionOf(Math.min(this.index + 1, this.bytes.length)),
    );
  }

  /** Reads the rest of `null`, `true` or `false` after its first byte. */
  ident(rest: string): void {
    for (let i = 0; i < rest.length; i++) {
      const byte = this.next();
      if (byte === undefined) throw this.error('EOF while parsing a value');
      if (byte !== rest.charCodeAt(i)) throw this.error('expected ident');
    }
  }

  /** Reads a number; `negative` when its `-` was already consumed. */
  number(negative: boolean): Content {
    return readNumber(this, negative);
  }

  /** Reads a string after its opening quote. */
  string(): string {
    return readString(this);
  }
}
