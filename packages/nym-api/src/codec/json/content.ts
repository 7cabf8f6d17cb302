import { rustStrDebug, ryuFormat } from './rust-format.js';

/**
 * A parsed JSON value, typed the way serde buffers it (`Content`): integers stay exact and keep
 * whether they were read as unsigned, negative or floating point, because error texts differ.
 */
export type Content =
  | { kind: 'null' }
  | { kind: 'bool'; value: boolean }
  | { kind: 'u64'; value: bigint }
  | { kind: 'i64'; value: bigint }
  | { kind: 'f64'; value: number }
  | { kind: 'str'; value: string }
  | { kind: 'seq'; items: Content[] }
  | { kind: 'map'; entries: [string, Content][] };

/** How serde_json names an unexpected value in "invalid type" errors. */
export function unexpected(content: Content): string {
  switch (content.kind) {
    case 'null':
      return 'null';
    case 'bool':
      return `boolean \`${content.value}\``;
    case 'u64':
    case 'i64':
      return `integer \`${content.value}\``;
    case 'f64':
      return `floating point \`${ryuFormat(content.value)}\``;
    case 'str':
      return `string ${rustStrDebug(content.value)}`;
    case 'seq':
      return 'sequence';
    case 'map':
      return 'map';
  }
}
