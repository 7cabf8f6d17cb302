import { encodeBase58, equalBytes } from '@pastenym/crypto';
import { NymApiError } from '../errors.js';
import { ed25519Problem, KEY_LENGTH } from './keys.js';
import { parseRecipientText } from './recipient-text.js';

export { KEY_LENGTH } from './keys.js';

/** Length of a raw address: identity | encryption key | gateway. */
export const RECIPIENT_LENGTH = 3 * KEY_LENGTH;

/** Outcome of parsing an address: expected failures are values, not exceptions. */
export type RecipientResult =
  { ok: true; recipient: Recipient } | { ok: false; error: NymApiError };

const invalid = (message: string): { ok: false; error: NymApiError } => ({
  ok: false,
  error: new NymApiError('nym_api.invalid_address', message),
});

/**
 * A Nym address: `base58(identity).base58(encryptionKey)@base58(gateway)`, 96 bytes raw. The
 * client identity and the gateway identity are ed25519 points; the encryption key is any 32
 * bytes (an x25519 public key). Immutable; byte getters return copies.
 */
export class Recipient {
  private constructor(private readonly raw: Uint8Array) {}

  /**
   * Checks 96 raw bytes, in the order and with the messages of the real client.
   * @example Recipient.tryFromBytes(bytes) // { ok: true, recipient } or { ok: false, error }
   */
  static tryFromBytes(bytes: Uint8Array): RecipientResult {
    if (bytes.length !== RECIPIENT_LENGTH) {
      return invalid(`recipient must be ${RECIPIENT_LENGTH} bytes, got ${bytes.length}`);
    }
    const raw = Uint8Array.from(bytes);
    const identityProblem = ed25519Problem(raw.subarray(0, KEY_LENGTH));
    if (identityProblem !== null) {
      return invalid(`recipient's identity key is malformed: ${identityProblem}`);
    }
    const gatewayProblem = ed25519Problem(raw.subarray(2 * KEY_LENGTH));
    if (gatewayProblem !== null) {
      return invalid(`recipient gateway's identity key is malformed: ${gatewayProblem}`);
    }
    return { ok: true, recipient: new Recipient(raw) };
  }

  /**
   * Parses `identity.encryption@gateway`: exactly one `@`, exactly one `.` to its left.
   * @example Recipient.tryParse('bad') // { ok: false, error } with code nym_api.invalid_address
   */
  static tryParse(text: string): RecipientResult {
    const parsed = parseRecipientText(text);
    return parsed.ok
      ? { ok: true, recipient: new Recipient(parsed.bytes) }
      : invalid(parsed.message);
  }

  /**
   * Like {@link Recipient.tryFromBytes}, throwing instead.
   * @throws {NymApiError} `nym_api.invalid_address`
   */
  static fromBytes(bytes: Uint8Array): Recipient {
    const result = Recipient.tryFromBytes(bytes);
    if (!result.ok) throw result.error;
    return result.recipient;
  }

  /**
   * Like {@link Recipient.tryParse}, throwing instead.
   * @throws {NymApiError} `nym_api.invalid_address`
   * @example Recipient.parse('CytB…NEQV.4QXY…yvoe@4sBb…NB4f').toBytes().length // 96
   */
  static parse(text: string): Recipient {
    const result = Recipient.tryParse(text);
    if (!result.ok) throw result.error;
    return result.recipient;
  }

  /** The client's ed25519 identity key (a copy). */
  get identity(): Uint8Array {
    return this.raw.slice(0, KEY_LENGTH);
  }

  /** The client's x25519 encryption key (a copy). */
  get encryptionKey(): Uint8Array {
    return this.raw.slice(KEY_LENGTH, 2 * KEY_LENGTH);
  }

  /** The ed25519 identity of the client's gateway (a copy). */
  get gateway(): Uint8Array {
    return this.raw.slice(2 * KEY_LENGTH);
  }

  /** The 96 raw bytes: identity | encryption key | gateway (a copy). */
  toBytes(): Uint8Array {
    return this.raw.slice();
  }

  /** True when both are the same address. */
  equals(other: Recipient): boolean {
    return equalBytes(this.raw, other.raw);
  }

  /** `identity.encryption@gateway` in base58. */
  toString(): string {
    return `${encodeBase58(this.identity)}.${encodeBase58(this.encryptionKey)}@${encodeBase58(this.gateway)}`;
  }
}
