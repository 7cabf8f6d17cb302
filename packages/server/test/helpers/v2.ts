// Pastenym v2 requests shaped as the reference describes the web client and the Go CLI sending
// them, in the three payload encodings. Their sealed texts come from
// `@pastenym/paste-protocol/testing` (`sealV2Paste`, `v2Body`).
import { sdkFrame } from '@pastenym/paste-protocol';

export type Encoding = 'json' | 'base64' | 'sdk';

/** The bytes of `{"event", "data"}` in one of the encodings the v2 backend accepted. */
export function v2Message(message: Record<string, unknown>, encoding: Encoding): Uint8Array {
  const json = JSON.stringify(message);
  if (encoding === 'json') return new TextEncoder().encode(json);
  if (encoding === 'base64') return new TextEncoder().encode(Buffer.from(json).toString('base64'));
  return sdkFrame(new TextEncoder().encode(json), 'text/plain');
}

/** Parses a v2 reply (raw JSON, or behind SDK framing when the request was framed). */
export function v2Reply(bytes: Uint8Array | null, encoding: Encoding = 'json'): unknown {
  if (bytes === null) throw new Error('no reply');
  let body = bytes;
  if (encoding === 'sdk') {
    const length = Number(Buffer.from(bytes).readBigUInt64BE(0));
    body = bytes.subarray(8 + length);
  }
  return JSON.parse(new TextDecoder().decode(body)) as unknown;
}

/** The web client's newText data: `encParams` "" when public, `burn_view` as chosen. */
export function webNewText(fields: Record<string, unknown>): Record<string, unknown> {
  return {
    event: 'newText',
    data: {
      text: '',
      private: true,
      burn: false,
      burn_view: 1,
      encParams: '',
      ipfs: false,
      expiration_time: '',
      expiration_height: null,
      ...fields,
    },
  };
}

/** The Go CLI's newText: a legacy `sender` field, all-empty `encParams` when public, height -1. */
export function cliNewText(fields: Record<string, unknown>): Record<string, unknown> {
  return {
    event: 'newText',
    sender: '',
    data: {
      text: '',
      private: true,
      burn: false,
      burn_view: 0,
      encParams: { iv: '', v: 0, iter: 0, ks: 0, ts: 0, mode: '', adata: '', cipher: '', salt: '' },
      ipfs: false,
      expiration_time: '',
      expiration_height: -1,
      ...fields,
    },
  };
}
