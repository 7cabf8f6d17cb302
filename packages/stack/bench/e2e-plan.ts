// What a run of `npm run bench:e2e` measures: the full run (3 to 10 minutes on a 2-core
// machine) or `--quick` (1 to 2 minutes).
import type { ClientKind } from './e2e-clients.js';
import type { Layout } from './e2e-stack.js';

export interface PasteSize {
  readonly label: string;
  readonly bytes: number;
  /** Creates (then as many gets) each client runs at most, one after another. */
  readonly perClient: number;
  /** Fewer clients at once than the plan's (large pastes on a small machine). */
  readonly maxClients?: number;
}

export interface BenchPlan {
  readonly layouts: readonly Layout[];
  readonly kinds: readonly ClientKind[];
  /** Clients at once (each runs its operations one after another). */
  readonly clients: number;
  /**
   * Long-lived `library` clients at once: a program keeps more requests in flight than people
   * run commands, and with few the path sits idle between round trips.
   */
  readonly libraryClients: number;
  readonly sizes: readonly PasteSize[];
  /** A case's clients start no new operation after this long (each runs one at least). */
  readonly caseBudgetMs: number;
  /** The mixnet's capacity: pairs of clients, each sending this many one-packet messages. */
  readonly ceilingPairs: number;
  readonly ceilingMessages: number;
}

const KIB = 1024;

export const FULL_PLAN: BenchPlan = {
  layouts: ['in-process', 'process-per-node'],
  kinds: ['cli', 'nym-client', 'library'],
  clients: 8,
  libraryClients: 24,
  sizes: [
    { label: '1 KiB', bytes: KIB, perClient: 20 },
    { label: '64 KiB', bytes: 64 * KIB, perClient: 5 },
    { label: '1 MiB', bytes: KIB * KIB, perClient: 1, maxClients: 2 },
  ],
  caseBudgetMs: 15_000,
  ceilingPairs: 4,
  ceilingMessages: 1000,
};

export const QUICK_PLAN: BenchPlan = {
  ...FULL_PLAN,
  clients: 4,
  libraryClients: 12,
  // 1 MiB cases take tens of seconds each on a busy 2-core machine: the full run has them.
  sizes: [
    { label: '1 KiB', bytes: KIB, perClient: 10 },
    { label: '64 KiB', bytes: 64 * KIB, perClient: 2 },
  ],
  caseBudgetMs: 4000,
  ceilingMessages: 300,
};
