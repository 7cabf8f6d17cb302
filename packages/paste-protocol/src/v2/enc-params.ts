import { z } from 'zod';
import { tryDecodeBase64 } from '../internal/base64.js';
import { isRecord } from '../internal/json.js';

/** SJCL encryption parameters as v2 clients send them (everything but the ciphertext). */
export interface SjclParams {
  /** base64 of 8 to 16 bytes (SJCL accepts 2 to 4 words). */
  readonly iv: string;
  readonly v: number;
  readonly iter: number;
  readonly ks: 128 | 192 | 256;
  readonly ts: 64 | 96 | 128;
  readonly mode: 'ccm' | 'ocb2' | 'gcm';
  readonly adata: '';
  readonly cipher: 'aes';
  /** base64 of 8 bytes. */
  readonly salt: string;
}

/** Largest PBKDF2 iteration count accepted, so that a reader cannot be made to spin forever. */
export const MAX_SJCL_ITERATIONS = 10_000_000;

function base64Of(min: number, max: number) {
  return z.string().refine((text) => {
    const bytes = tryDecodeBase64(text);
    return bytes !== undefined && bytes.length >= min && bytes.length <= max;
  }, `base64 of ${min}..${max} bytes`);
}

/** Schema of {@link SjclParams}; unknown keys (e.g. a leftover `ct`) are dropped, not stored. */
export const sjclParamsSchema = z.object({
  iv: base64Of(8, 16),
  v: z.number().int().min(0).max(1000),
  iter: z.number().int().min(1).max(MAX_SJCL_ITERATIONS),
  ks: z.union([z.literal(128), z.literal(192), z.literal(256)]),
  ts: z.union([z.literal(64), z.literal(96), z.literal(128)]),
  mode: z.enum(['ccm', 'ocb2', 'gcm']),
  adata: z.literal(''),
  cipher: z.literal('aes'),
  salt: base64Of(8, 8),
});

/**
 * Validates `encParams` without decrypting, as the v2 server did. `params: null` means a public
 * paste: the web client sent `""`, the CLI an object whose `iv`, `adata` and `salt` are empty.
 * Never throws.
 * @example validateEncParams('') // { ok: true, params: null }
 */
export function validateEncParams(
  value: unknown,
): { ok: true; params: SjclParams | null } | { ok: false; reason: string } {
  if (value === '' || value === null || value === undefined) return { ok: true, params: null };
  if (!isRecord(value)) return { ok: false, reason: 'encParams is not an object' };
  if (value['iv'] === '' && value['adata'] === '' && value['salt'] === '') {
    return { ok: true, params: null };
  }
  const parsed = sjclParamsSchema.safeParse(value);
  if (!parsed.success) return { ok: false, reason: 'invalid encParams' };
  return { ok: true, params: parsed.data };
}
