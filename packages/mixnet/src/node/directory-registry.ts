import type { MixnetProfile } from '../profile.js';
import { canonicalJson } from '../topology/canonical-json.js';
import type {
  GatewayDescriptor,
  MixDescriptor,
  Registration,
  Topology,
} from '../topology/types.js';

/** Why the directory refused a verified registration. */
export type RegistrationRefusal =
  /** Timestamp too far in the past (or older than one already accepted: a replay). */
  | 'stale'
  /** Timestamp too far in the future. */
  | 'future'
  /** No room for another node. */
  | 'full';

export type RegisterOutcome =
  | { readonly ok: true; readonly changed: boolean }
  | { readonly ok: false; readonly reason: RegistrationRefusal };

/** Options of a {@link DirectoryRegistry}. */
export interface DirectoryRegistryOptions {
  readonly profile: MixnetProfile;
  /** Nodes re-register this often; three missed heartbeats remove a node. */
  readonly heartbeatMs: number;
  /** Largest accepted distance between a registration's timestamp and now (default 60 s). */
  readonly maxClockSkewMs?: number;
  /** Most nodes of each kind (default 1000, the topology schema's limit). */
  readonly maxNodesPerKind?: number;
  /** First epoch (default 0); bumped on every change of the node set. */
  readonly initialEpoch?: number;
}

interface Entry {
  readonly kind: Registration['kind'];
  readonly descriptor: MixDescriptor | GatewayDescriptor;
  readonly canonical: string;
  readonly timestamp: number;
  lastSeenMs: number;
}

const byAddress = (a: { address: string }, b: { address: string }) =>
  a.address < b.address ? -1 : a.address > b.address ? 1 : 0;

/**
 * The directory's state, pure (time is passed in): the registered nodes, their heartbeats and
 * the topology epoch. Takes registrations already verified by `verifyRegistration`.
 * @example registry.register(verified, Date.now()); registry.prune(Date.now()); registry.topology();
 */
export class DirectoryRegistry {
  private readonly entries = new Map<string, Entry>();
  private currentEpoch: number;
  private readonly maxSkewMs: number;
  private readonly maxPerKind: number;

  constructor(private readonly options: DirectoryRegistryOptions) {
    this.currentEpoch = options.initialEpoch ?? 0;
    this.maxSkewMs = options.maxClockSkewMs ?? 60_000;
    this.maxPerKind = options.maxNodesPerKind ?? 1000;
  }

  get epoch(): number {
    return this.currentEpoch;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Adds or refreshes a node; bumps the epoch when the published set changes. */
  register(registration: Registration, nowMs: number): RegisterOutcome {
    const { kind, descriptor, timestamp } = registration;
    const skew = timestamp * 1000 - nowMs;
    if (skew < -this.maxSkewMs) return { ok: false, reason: 'stale' };
    if (skew > this.maxSkewMs) return { ok: false, reason: 'future' };
    const existing = this.entries.get(descriptor.address);
    // A replayed older registration must not roll a node back to an old descriptor.
    if (existing && timestamp < existing.timestamp) return { ok: false, reason: 'stale' };
    if (!existing && this.count(kind) >= this.maxPerKind) return { ok: false, reason: 'full' };
    const canonical = canonicalJson({ kind, descriptor });
    const changed = existing?.canonical !== canonical;
    this.entries.set(descriptor.address, {
      kind,
      descriptor,
      canonical,
      timestamp,
      lastSeenMs: nowMs,
    });
    if (changed) this.currentEpoch++;
    return { ok: true, changed };
  }

  /** Removes nodes that missed three heartbeats; true if any left. */
  prune(nowMs: number): boolean {
    const deadline = nowMs - 3 * this.options.heartbeatMs;
    return this.removeWhere((_, entry) => entry.lastSeenMs < deadline);
  }

  /** Removes the nodes `keep` refuses (no longer admitted); true if any left. */
  retain(keep: (address: string) => boolean): boolean {
    return this.removeWhere((address) => !keep(address));
  }

  /** The topology to publish, in a stable order (mixes by layer then address). */
  topology(): Topology {
    const mixes: MixDescriptor[] = [];
    const gateways: GatewayDescriptor[] = [];
    for (const entry of this.entries.values()) {
      if (entry.kind === 'mix') mixes.push(entry.descriptor as MixDescriptor);
      else gateways.push(entry.descriptor as GatewayDescriptor);
    }
    mixes.sort((a, b) => a.layer - b.layer || byAddress(a, b));
    gateways.sort(byAddress);
    return { version: 1, epoch: this.currentEpoch, profile: this.options.profile, mixes, gateways };
  }

  private removeWhere(remove: (address: string, entry: Entry) => boolean): boolean {
    let changed = false;
    for (const [address, entry] of this.entries) {
      if (remove(address, entry)) {
        this.entries.delete(address);
        changed = true;
      }
    }
    if (changed) this.currentEpoch++;
    return changed;
  }

  private count(kind: Registration['kind']): number {
    let count = 0;
    for (const entry of this.entries.values()) if (entry.kind === kind) count++;
    return count;
  }
}
