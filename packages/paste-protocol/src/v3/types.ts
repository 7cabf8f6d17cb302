import type { PowPrice } from '../pow/price.js';
import type { SjclParams } from '../v2/enc-params.js';

/** The safety options of a paste, chosen by its creator and enforced by the server. */
export interface PasteOptions {
  /** Lifetime in seconds, one of the server's `expiryChoices`; 0 means never. */
  readonly expirySeconds: number;
  /** How many reads the paste survives (1 = burn after reading); `null` = unlimited. */
  readonly maxViews: number | null;
  /** True only when the creator explicitly chose an unencrypted, public paste. */
  readonly public: boolean;
}

/** A solved proof of work attached to a `create`. */
export interface PowSolution {
  readonly difficulty: number;
  /** 8 bytes. */
  readonly nonce: Uint8Array;
}

/** A v3 request; `id` is the random request id replies are correlated by. */
export type Request =
  | { readonly op: 'ping'; readonly id: string }
  | {
      readonly op: 'create';
      readonly id: string;
      readonly options: PasteOptions;
      readonly pow: PowSolution | null;
      /** The opaque, already encrypted paste bundle. */
      readonly bundle: Uint8Array;
    }
  | { readonly op: 'get'; readonly id: string; readonly pasteId: string }
  | {
      readonly op: 'delete';
      readonly id: string;
      readonly pasteId: string;
      readonly ownerToken: string;
    };

/** What `pong` says about the server, so clients can fail early and solve the right work. */
export interface ServerInfo {
  /** The server software version, e.g. `3.0.0`. */
  readonly version: string;
  /** Protocol versions spoken, e.g. `[2, 3]`. */
  readonly protocols: readonly number[];
  /** Feature names, e.g. `delete`, `legacy-read`. */
  readonly capabilities: readonly string[];
  readonly limits: {
    readonly maxBundleBytes: number;
    readonly expiryChoices: readonly number[];
    readonly maxViews: number;
  };
  readonly pow: {
    readonly algorithm: typeof POW_ALGORITHM;
    /** The base difficulty now: a create within the price's free allowance needs this. */
    readonly difficulty: number;
    /** Extra bits by size and lifetime (`createDifficulty`); absent: every create pays the base. */
    readonly price?: PowPrice;
    /** After a burst of creates, the base comes down one bit every this many seconds. */
    readonly stepDownSeconds?: number;
  };
  /** What v2 clients may do here; absent when the server does not speak v2. */
  readonly v2?: V2Acceptance;
}

/** What a server accepts from v2 clients (which carry no proof of work). */
export interface V2Acceptance {
  /** False on a read-only v2 service: `getText` works, `newText` is refused. */
  readonly creates: boolean;
  /** Largest paste content: the decoded ciphertext, or a public paste's text, in bytes. */
  readonly maxContentBytes: number;
  /** Longest lifetime of a v2 paste, in seconds; longer requests (and "never") get this. */
  readonly maxExpirySeconds: number;
}

/** The only proof-of-work algorithm of v3 (see docs/protocol.md). */
export const POW_ALGORITHM = 'sha256-leading-zero-bits-v1';

/** A paste as stored by the server: a v3 bundle, or a paste created through the v2 API. */
export type StoredPaste =
  | { readonly format: 'v3'; readonly bundle: Uint8Array }
  | {
      readonly format: 'v2';
      /** SJCL parameters; `null` for public v2 pastes. */
      readonly encParams: SjclParams | null;
      /** The v2 `text` field as UTF-8 (base64 ciphertext, or the public JSON body). */
      readonly bundle: Uint8Array;
    };

/** A v3 reply; `id` echoes the request id (`null` only in errors about unreadable requests). */
export type Reply =
  | { readonly op: 'pong'; readonly id: string; readonly info: ServerInfo }
  | {
      readonly op: 'created';
      readonly id: string;
      readonly pasteId: string;
      readonly ownerToken: string;
      /** Coarse seconds until expiry (see `coarsenTtl`); `null` = never. */
      readonly expiresIn: number | null;
    }
  | ({
      readonly op: 'paste';
      readonly id: string;
      /** Views left after this one (0: this read burned it); `null` = unlimited. */
      readonly remainingViews: number | null;
      /** Coarse seconds until expiry; `null` = never. */
      readonly expiresIn: number | null;
    } & StoredPaste)
  | { readonly op: 'deleted'; readonly id: string }
  | {
      readonly op: 'error';
      readonly id: string | null;
      /** A wire error code; unknown codes from newer servers are kept as they are. */
      readonly code: string;
      readonly message: string;
      /** With `pow.required` / `pow.invalid`: the difficulty the server wants now. */
      readonly difficulty?: number;
      /** With `server.busy`: seconds to wait before retrying. */
      readonly retryAfter?: number;
    };
