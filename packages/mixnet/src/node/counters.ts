/** A point-in-time copy of a node's counters, names sorted. */
export type CounterSnapshot = Readonly<Record<string, number>>;

/**
 * Named event counters of one node (drops by reason, packets in and out, frame sizes on links).
 * Nodes count instead of logging: counts say how a node behaves without saying about whom.
 * @example counters.add('drop.replay'); counters.snapshot()['drop.replay'] === 1;
 */
export class Counters {
  private readonly values = new Map<string, number>();

  add(name: string, amount = 1): void {
    this.values.set(name, (this.values.get(name) ?? 0) + amount);
  }

  get(name: string): number {
    return this.values.get(name) ?? 0;
  }

  snapshot(): CounterSnapshot {
    const names = [...this.values.keys()].sort();
    return Object.fromEntries(names.map((name) => [name, this.values.get(name)!]));
  }
}

/** Sums the counters of several nodes. */
export function sumCounters(snapshots: Iterable<CounterSnapshot>): CounterSnapshot {
  const total = new Counters();
  for (const snapshot of snapshots) {
    for (const [name, value] of Object.entries(snapshot)) total.add(name, value);
  }
  return total.snapshot();
}
