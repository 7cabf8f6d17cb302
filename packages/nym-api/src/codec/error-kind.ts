/**
 * The error kinds of the nym-client websocket API, with their wire codes and the texts the
 * real client prints before a colon in text-mode error responses.
 */
export type ErrorKind =
  | 'emptyRequest'
  | 'tooShortRequest'
  | 'unknownRequest'
  | 'malformedRequest'
  | 'emptyResponse'
  | 'tooShortResponse'
  | 'unknownResponse'
  | 'malformedResponse'
  | 'other';

const KINDS: readonly (readonly [ErrorKind, number, string])[] = [
  ['emptyRequest', 0x01, 'received request contained no data'],
  ['tooShortRequest', 0x02, 'received request did not contain enough data'],
  ['unknownRequest', 0x03, 'unknown request type'],
  ['malformedRequest', 0x04, 'malformed request'],
  // 0x80..0xFE are for problems with responses, as in the real client.
  ['emptyResponse', 0x80, 'received response contained no data'],
  ['tooShortResponse', 0x81, 'received response did not contain enough data'],
  ['unknownResponse', 0x82, 'unknown response type'],
  ['malformedResponse', 0x83, 'malformed response'],
  ['other', 0xff, 'other'],
];

/** Every error kind, in wire-code order. */
export const ERROR_KINDS: readonly ErrorKind[] = KINDS.map(([kind]) => kind);

/** The wire code of an error kind, e.g. `errorKindCode('unknownRequest') === 0x03`. */
export function errorKindCode(kind: ErrorKind): number {
  return KINDS.find(([k]) => k === kind)![1];
}

/** The error kind of a wire code, or `undefined` for a code the real client never sends. */
export function errorKindFromCode(code: number): ErrorKind | undefined {
  return KINDS.find(([, c]) => c === code)?.[0];
}

/** The human text of a kind, e.g. `'malformed request'`. */
export function errorKindText(kind: ErrorKind): string {
  return KINDS.find(([k]) => k === kind)![2];
}

/**
 * Splits a text-mode error message `"<kind text>:<detail>"` back into kind and detail; a
 * message without a known prefix is kind `other` with the whole text as detail.
 */
export function splitErrorText(text: string): { kind: ErrorKind; message: string } {
  for (const [kind, , prefix] of KINDS) {
    if (text.startsWith(`${prefix}:`)) return { kind, message: text.slice(prefix.length + 1) };
  }
  return { kind: 'other', message: text };
}
