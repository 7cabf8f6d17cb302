import { createHash } from 'node:crypto';

/**
 * One packet crossing one link, as a global passive adversary watching every link sees it.
 * `from` and `to` are node addresses, or a client's identity key (base58) on a client's own
 * link to its gateway. Never the packet itself: its size and an opaque handle only.
 */
export interface LinkTapEvent {
  readonly from: string;
  readonly to: string;
  /** Bytes on the link (a client's frames to its gateway and back included). */
  readonly bytes: number;
  /** {@link packetHandle} of the bytes on this link: the same packet on another link differs. */
  readonly handle: string;
  /**
   * The handle of the packet this node took in and turned into this one: what a node reveals
   * when it is corrupt, and the ground truth a benchmark checks the adversary against. Absent
   * on a client's link to its gateway.
   */
  readonly cause?: string;
}

/**
 * Watches every link of the nodes it is given to (benchmarks of anonymity only: off unless a
 * benchmark passes one to the launcher; the `mixnet` command never does). Called in the
 * node's event loop at the moment the node puts a packet on a link; the tap stamps the time.
 */
export interface LinkTap {
  record(event: LinkTapEvent): void;
}

/**
 * A short digest of the bytes on one link, the adversary's name for that packet there. Sphinx
 * re-encrypts every hop, so it links nothing across nodes; only a gateway forwarding a client's
 * packet unchanged keeps it.
 */
export function packetHandle(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('base64url').slice(0, 16);
}
