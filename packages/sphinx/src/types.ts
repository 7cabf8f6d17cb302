import type { CryptoProvider } from '@pastenym/crypto';

/** A source of random bytes; injected so that packets are reproducible in tests and vectors. */
export type Rng = (length: number) => Uint8Array;

/** What packet creation needs from its environment. */
export interface SphinxContext {
  readonly crypto: CryptoProvider;
  readonly rng: Rng;
}

/** One hop of a route: the node's 32-byte address and its X25519 public key. */
export interface RouteHop {
  readonly address: Uint8Array;
  readonly publicKey: Uint8Array;
}

/**
 * Where the last hop delivers: a 32-byte address and, for replies and acks, the 16-byte id of
 * the reply block so its owner finds the keys it kept.
 */
export interface Destination {
  readonly address: Uint8Array;
  readonly surbId?: Uint8Array;
}

/** Why a node dropped a packet: counted, never answered. */
export type DropReason =
  'bad_length' | 'invalid_alpha' | 'bad_mac' | 'replay' | 'bad_routing' | 'payload_integrity';

/** The outcome of processing a packet at a node; bad input is a `drop`, never an exception. */
export type ProcessResult =
  | {
      readonly kind: 'forward';
      /** Address of the next hop. */
      readonly next: Uint8Array;
      /** How long to hold the packet before forwarding, in milliseconds. */
      readonly delay: number;
      readonly packet: Uint8Array;
      readonly replayTag: Uint8Array;
    }
  | {
      readonly kind: 'deliver';
      readonly destination: Uint8Array;
      /** `null` for forward messages; the reply block's id for replies and acks. */
      readonly surbId: Uint8Array | null;
      /** The message for forward packets; still encrypted for its owner when `surbId` is set. */
      readonly payload: Uint8Array;
      /** The delay the sender asked of this last hop, in milliseconds (usually 0). */
      readonly delay: number;
      readonly replayTag: Uint8Array;
    }
  | { readonly kind: 'drop'; readonly reason: DropReason };
