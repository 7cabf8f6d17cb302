import { describe, expect, it } from 'vitest';
import { encodeBase58 } from '@pastenym/crypto';
import { decodeTextRequest, decodeTextResponse, encodeTextResponse } from '../src/index.js';
import { notAPoint, TEST_ADDRESS } from './helpers.js';

const malformed = (message: string) => ({
  ok: false,
  error: { type: 'error', kind: 'malformedRequest', message },
});
const expectError = (text: string, message: string) =>
  expect(decodeTextRequest(text)).toEqual(malformed(message));
const send = (recipient: string) => JSON.stringify({ type: 'send', message: 'hi', recipient });
const [identity, rest] = TEST_ADDRESS.split('.') as [string, string];
const [encryption, gateway] = rest.split('@') as [string, string];

describe('text requests: serde_json messages for bad JSON', () => {
  const cases: [string, string][] = [
    ['', 'EOF while parsing a value at line 1 column 0'],
    ['hello', 'expected value at line 1 column 1'],
    [
      '"str"',
      'invalid type: string "str", expected internally tagged enum ClientRequestText at line 1 column 5',
    ],
    [
      '42',
      'invalid type: integer `42`, expected internally tagged enum ClientRequestText at line 1 column 2',
    ],
    [
      'null',
      'invalid type: null, expected internally tagged enum ClientRequestText at line 1 column 4',
    ],
    ['{}', 'missing field `type` at line 1 column 2'],
    ['[]', 'missing field `type` at line 1 column 2'],
    [
      '{"type":"foo"}',
      'unknown variant `foo`, expected one of `send`, `sendAnonymous`, `reply`, `selfAddress` at line 1 column 13',
    ],
    [
      '{"type":"closedConnection"}',
      'unknown variant `closedConnection`, expected one of `send`, `sendAnonymous`, `reply`, `selfAddress` at line 1 column 26',
    ],
    ['{"type":5}', 'invalid type: integer `5`, expected variant identifier at line 1 column 9'],
    ['{"type":[1]}', 'invalid type: sequence, expected variant identifier at line 1 column 8'],
    ['{\n"type": 5}', 'invalid type: integer `5`, expected variant identifier at line 2 column 9'],
    ['{"type":"selfAddress","type":"send"}', 'duplicate field `type` at line 1 column 28'],
    ['{"type":"selfAddress"', 'EOF while parsing an object at line 1 column 21'],
    ['{"type":"selfAddress"} x', 'trailing characters at line 1 column 24'],
    ['{"type" "x"}', 'expected `:` at line 1 column 9'],
    ['{1:2}', 'key must be a string at line 1 column 2'],
    ['{"a":1,}', 'trailing comma at line 1 column 8'],
    ['{"a":1 "b":2}', 'expected `,` or `}` at line 1 column 8'],
    ['{"a":[1 2]}', 'expected `,` or `]` at line 1 column 9'],
    ['{"a":tru}', 'expected ident at line 1 column 9'],
    ['{"a":"\\q"}', 'invalid escape at line 1 column 8'],
    ['{"a":"x', 'EOF while parsing a string at line 1 column 7'],
    [
      '{"a":"\u0001"}',
      'control character (\\u0000-\\u001F) found while parsing a string at line 1 column 7',
    ],
    ['{"a":"\\udc00"}', 'lone leading surrogate in hex escape at line 1 column 12'],
    ['{"a":"\\ud800x"}', 'unexpected end of hex escape at line 1 column 13'],
    ['{"a":01}', 'invalid number at line 1 column 7'],
    ['{"a":1.}', 'invalid number at line 1 column 8'],
    ['{"a":-}', 'invalid number at line 1 column 7'],
    ['{"a":1e999}', 'number out of range at line 1 column 10'],
  ];
  for (const [text, message] of cases) it(JSON.stringify(text), () => expectError(text, message));

  it('counts columns in UTF-8 bytes', () => {
    expectError('{"é":"x" 1}', 'expected `,` or `}` at line 1 column 11');
  });

  it('stops at the nesting limit', () => {
    const decoded = decodeTextRequest(`{"a":${'['.repeat(200)}`);
    expect(decoded.ok || decoded.error.message).toMatch(
      /^recursion limit exceeded at line 1 column \d+$/,
    );
  });
});

describe('text requests: serde messages for the wrong fields', () => {
  const cases: [string, string][] = [
    ['{"type":"send"}', 'missing field `message`'],
    ['{"type":"send","message":"x"}', 'missing field `recipient`'],
    ['{"type":"sendAnonymous","recipient":"x","message":"m"}', 'missing field `replySurbs`'],
    ['{"type":"reply","message":"m"}', 'missing field `senderTag`'],
    ['{"type":"send","message":5,"recipient":"x"}', 'invalid type: integer `5`, expected a string'],
    ['{"type":"send","message":null,"recipient":"x"}', 'invalid type: null, expected a string'],
    [
      '{"type":"send","message":["x"],"recipient":"x"}',
      'invalid type: sequence, expected a string',
    ],
    ['{"type":"send","message":"x","message":"y","recipient":"x"}', 'duplicate field `message`'],
    [
      '{"type":"send","message":"x","recipient":"x","connectionId":-1}',
      'invalid value: integer `-1`, expected u64',
    ],
    [
      '{"type":"send","message":"x","recipient":"x","connectionId":"1"}',
      'invalid type: string "1", expected u64',
    ],
    [
      '{"type":"send","message":"x","recipient":"x","connectionId":18446744073709551616}',
      'invalid type: floating point `1.8446744073709552e19`, expected u64',
    ],
    [
      '{"type":"sendAnonymous","recipient":"x","message":"m","replySurbs":4294967296}',
      'invalid value: integer `4294967296`, expected u32',
    ],
    [
      '{"type":"sendAnonymous","recipient":"x","message":"m","replySurbs":1.5}',
      'invalid type: floating point `1.5`, expected u32',
    ],
    [
      '{"type":"sendAnonymous","recipient":"x","message":"m","replySurbs":true}',
      'invalid type: boolean `true`, expected u32',
    ],
    [
      '{"type":"sendAnonymous","recipient":"x","message":"m","replySurbs":{}}',
      'invalid type: map, expected u32',
    ],
    [
      '["send","m"]',
      'invalid length 1, expected struct variant ClientRequestText::Send with 3 elements',
    ],
    ['["send","m","r",null,1]', 'invalid length 4, expected 3 elements in sequence'],
    ['["selfAddress",1]', 'invalid length 1, expected 0 elements in sequence'],
  ];
  for (const [text, message] of cases) it(text, () => expectError(text, message));

  it('ignores unknown fields and reads the array form serde also accepts', () => {
    expect(decodeTextRequest('{"extra":[1,{"a":null}],"type":"selfAddress","more":1}')).toEqual({
      ok: true,
      value: { type: 'selfAddress' },
    });
    expect(decodeTextRequest(`["send","hi","${TEST_ADDRESS}",7]`)).toMatchObject({
      ok: true,
      value: { type: 'send', connectionId: 7n },
    });
  });
});

describe('text requests: addresses and sender tags', () => {
  const cases: [string, string][] = [
    [
      send('a.b'),
      "recipient is malformed - the string address does not contain exactly a single '@' character ",
    ],
    [
      send('a@b@c'),
      "recipient is malformed - the string address does not contain exactly a single '@' character ",
    ],
    [
      send('ab@c'),
      "recipient is malformed - the string address does not contain exactly a single '.' character ",
    ],
    [
      send('a.b.c@d'),
      "recipient is malformed - the string address does not contain exactly a single '.' character ",
    ],
    [
      send(`0${identity}.${encryption}@${gateway}`),
      "recipient's identity key is malformed: the base58 representation of the public key was malformed - provided string contained invalid character '0' at byte 0",
    ],
    [
      send(`é.${encryption}@${gateway}`),
      "recipient's identity key is malformed: the base58 representation of the public key was malformed - provided string contained non-ascii character starting at byte 0",
    ],
    [
      send(`abc.${encryption}@${gateway}`),
      "recipient's identity key is malformed: could not convert slice to array",
    ],
    [
      send(`${encodeBase58(notAPoint())}.${encryption}@${gateway}`),
      "recipient's identity key is malformed: signature error: Cannot decompress Edwards point",
    ],
    [
      send(`${identity}.abc@${gateway}`),
      "recipient's encryption key is malformed: received public key of invalid size. Got: 3, expected: 32",
    ],
    [
      send(`${identity}.${encryption}x'@${gateway}`),
      "recipient's encryption key is malformed: the base58 representation of the public key was malformed - provided string contained invalid character '\\'' at byte 45",
    ],
    [
      send(`${identity}.${encryption}@${encodeBase58(notAPoint())}`),
      "recipient gateway's identity key is malformed: signature error: Cannot decompress Edwards point",
    ],
    [
      '{"type":"reply","senderTag":"abc","message":"x"}',
      'Decoded AnonymousSenderTag has invalid length. Expected 16, but got 3',
    ],
    [
      '{"type":"reply","senderTag":"zXExeyvPEHUk9rjXTu7lT","message":"x"}',
      "Failed to decode the base58-encoded string - provided string contained invalid character 'l' at byte 19",
    ],
  ];
  for (const [text, message] of cases) it(message, () => expectError(text, message));

  it('keeps an explicit zero connection id apart from none', () => {
    const withZero = `{"type":"send","message":"x","recipient":"${TEST_ADDRESS}","connectionId":0}`;
    const withNull = `{"type":"send","message":"x","recipient":"${TEST_ADDRESS}","connectionId":null}`;
    expect(decodeTextRequest(withZero)).toMatchObject({ ok: true, value: { connectionId: 0n } });
    expect(decodeTextRequest(withNull)).toMatchObject({ ok: true, value: { connectionId: null } });
  });
});

describe('text responses', () => {
  it('an error reads "<kind text>:<detail>", as in the reference', () => {
    const error = {
      type: 'error',
      kind: 'malformedRequest',
      message: 'missing field `replySurbs`',
    } as const;
    expect(encodeTextResponse(error)).toBe(
      '{"type":"error","message":"malformed request:missing field `replySurbs`"}',
    );
  });

  it('lane queue length uses the snake_case field', () => {
    expect(
      encodeTextResponse({ type: 'laneQueueLength', lane: 18446744073709551615n, queueLength: 3 }),
    ).toBe('{"type":"laneQueueLength","lane":18446744073709551615,"queue_length":3}');
  });

  it('received carries its sender tag in base58, or null', () => {
    const tag = new Uint8Array(16).fill(8);
    expect(
      encodeTextResponse({ type: 'received', message: Uint8Array.of(0x66, 0xff), senderTag: tag }),
    ).toBe('{"type":"received","message":"f\uFFFD","senderTag":"zXExeyvPEHUk9rjXTu78T"}');
    expect(
      encodeTextResponse({ type: 'received', message: new Uint8Array(0), senderTag: null }),
    ).toBe('{"type":"received","message":"","senderTag":null}');
  });

  it('decoding fails as a malformed response', () => {
    expect(decodeTextResponse('{"type":"received"}')).toEqual({
      ok: false,
      error: { type: 'error', kind: 'malformedResponse', message: 'missing field `message`' },
    });
    expect(decodeTextResponse('{"type":"selfAddress","address":"x"}')).toMatchObject({
      ok: false,
      error: { kind: 'malformedResponse' },
    });
  });
});
