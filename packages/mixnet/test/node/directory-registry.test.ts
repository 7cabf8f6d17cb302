import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeBase58 } from '@pastenym/crypto';
import { FAST_PROFILE } from '../../src/profile.js';
import type { Registration } from '../../src/topology/types.js';
import { DirectoryRegistry } from '../../src/node/directory-registry.js';

const HEARTBEAT = 1000;
const T0 = 1_800_000_000_000;

function registration(id: number, timestampMs: number, port = 9000 + id): Registration {
  const key = encodeBase58(Uint8Array.from({ length: 32 }, (_, i) => (i === 0 ? id + 1 : 7)));
  return {
    kind: 'mix',
    descriptor: { address: key, sphinxKey: key, layer: 1, host: '127.0.0.1', port },
    timestamp: Math.floor(timestampMs / 1000),
    signature: '1'.repeat(64), // the registry takes verified registrations
  };
}

describe('DirectoryRegistry', () => {
  it('removes a node after three missed heartbeats, not before', () => {
    const registry = new DirectoryRegistry({ profile: FAST_PROFILE, heartbeatMs: HEARTBEAT });
    registry.register(registration(0, T0), T0);
    expect(registry.prune(T0 + 3 * HEARTBEAT)).toBe(false);
    expect(registry.topology().mixes).toHaveLength(1);
    expect(registry.prune(T0 + 3 * HEARTBEAT + 1)).toBe(true);
    expect(registry.topology().mixes).toHaveLength(0);
  });

  it('refuses timestamps more than 60 s off, and older ones than accepted', () => {
    const registry = new DirectoryRegistry({ profile: FAST_PROFILE, heartbeatMs: HEARTBEAT });
    expect(registry.register(registration(0, T0 - 61_000), T0)).toEqual({
      ok: false,
      reason: 'stale',
    });
    expect(registry.register(registration(0, T0 + 61_000), T0)).toEqual({
      ok: false,
      reason: 'future',
    });
    expect(registry.register(registration(0, T0), T0).ok).toBe(true);
    expect(registry.register(registration(0, T0 - 5000, 1), T0)).toEqual({
      ok: false,
      reason: 'stale',
    });
  });

  it('refuses new nodes when full', () => {
    const registry = new DirectoryRegistry({
      profile: FAST_PROFILE,
      heartbeatMs: HEARTBEAT,
      maxNodesPerKind: 1,
    });
    expect(registry.register(registration(0, T0), T0).ok).toBe(true);
    expect(registry.register(registration(1, T0), T0)).toEqual({ ok: false, reason: 'full' });
  });

  it('bumps the epoch exactly when the published set changes', () => {
    // Model: a list of events (register node i with port p at time t, or prune at time t).
    const event = fc.oneof(
      fc.record({
        type: fc.constant('register' as const),
        id: fc.nat(4),
        port: fc.integer({ min: 1, max: 3 }),
        dt: fc.nat(2500),
      }),
      fc.record({ type: fc.constant('prune' as const), dt: fc.nat(2500) }),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (events) => {
        const registry = new DirectoryRegistry({ profile: FAST_PROFILE, heartbeatMs: HEARTBEAT });
        let now = T0;
        const nodes = () => JSON.stringify({ ...registry.topology(), epoch: undefined });
        let published = nodes();
        for (const e of events) {
          now += e.dt;
          const epoch = registry.epoch;
          if (e.type === 'register') registry.register(registration(e.id, now, e.port), now);
          else registry.prune(now);
          const next = nodes();
          expect(registry.epoch).toBe(next !== published ? epoch + 1 : epoch);
          published = next;
        }
      }),
    );
  });
});
