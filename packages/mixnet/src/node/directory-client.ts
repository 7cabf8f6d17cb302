import type { CryptoProvider } from '@pastenym/crypto';
import { signRegistration } from '../topology/signing.js';
import type { GatewayDescriptor, MixDescriptor, Registration } from '../topology/types.js';
import { fetchTopology, TopologyView } from '../topology/view.js';
import type { Counters } from './counters.js';
import type { Logger } from './logger.js';

/** Options of a {@link DirectoryClient}. */
export interface DirectoryClientOptions {
  readonly crypto: CryptoProvider;
  readonly directoryUrl: string;
  /** The directory key to trust (base58): topologies signed by any other key are refused. */
  readonly directoryKey: string;
  readonly identitySeed: Uint8Array;
  readonly kind: Registration['kind'];
  readonly descriptor: MixDescriptor | GatewayDescriptor;
  readonly heartbeatMs: number;
  readonly counters: Counters;
  readonly logger: Logger;
  /** Called with each new topology (a higher epoch). */
  readonly onTopology: (view: TopologyView) => void;
  readonly fetch?: typeof fetch;
  readonly now?: () => number;
}

/** ` not_admitted: …` from a directory's `{error: {code, message}}`, so the log says why. */
function describeRefusal(reply: string): string {
  try {
    const { error } = JSON.parse(reply) as { error?: { code?: unknown; message?: unknown } };
    return typeof error?.code === 'string' ? ` ${error.code}: ${String(error.message)}` : '';
  } catch {
    return '';
  }
}

/**
 * A node's side of the directory: registers, re-registers every `heartbeatMs` (the heartbeat),
 * and fetches the signed topology each time, verified with the trusted directory key.
 * Failures are counted (`directory.register_failed`, `directory.topology_failed`) and retried
 * at the next heartbeat; they never stop the node.
 */
export class DirectoryClient {
  private current: TopologyView | undefined;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private lastEarlyRefresh = 0;
  private failing = false;
  private fetches = 0;

  constructor(private readonly options: DirectoryClientOptions) {}

  /** The latest verified topology, if any was fetched yet. */
  get view(): TopologyView | undefined {
    return this.current;
  }

  /** Sends the first heartbeat (waited for) and schedules the next ones. */
  async start(): Promise<void> {
    await this.heartbeat();
  }

  /** Fetches the topology now; counts and swallows failures. */
  async refresh(): Promise<void> {
    const { crypto, directoryUrl, directoryKey } = this.options;
    const fetchNumber = ++this.fetches;
    try {
      const topology = await fetchTopology(
        crypto,
        this.fetchWithTimeout,
        directoryUrl,
        directoryKey,
      );
      // Refreshes may overlap: only the latest one started may set the view, never an older.
      if (this.stopped || fetchNumber !== this.fetches) return;
      if (!this.current || topology.epoch !== this.current.topology.epoch) {
        this.current = new TopologyView(topology);
        this.options.onTopology(this.current);
      }
    } catch (error) {
      this.options.counters.add('directory.topology_failed');
      this.report(error);
    }
  }

  /** Asks for an early refresh (a packet named an unknown node), at most every quarter beat. */
  refreshSoon(): void {
    const now = Date.now();
    if (this.stopped || now - this.lastEarlyRefresh < this.options.heartbeatMs / 4) return;
    this.lastEarlyRefresh = now;
    void this.refresh();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private async heartbeat(): Promise<void> {
    await this.register();
    await this.refresh();
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.heartbeat(), this.options.heartbeatMs);
  }

  private async register(): Promise<void> {
    const { crypto, identitySeed, kind, descriptor } = this.options;
    const timestamp = Math.floor((this.options.now ?? Date.now)() / 1000);
    const registration = signRegistration(crypto, identitySeed, kind, descriptor, timestamp);
    try {
      const response = await this.fetchWithTimeout(
        new URL('/v1/register', this.options.directoryUrl),
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(registration),
        },
      );
      const reply = await response.text();
      if (!response.ok) {
        throw new Error(`the directory answered ${response.status}${describeRefusal(reply)}`);
      }
      if (this.failing) this.options.logger.info('directory reachable again');
      this.failing = false;
    } catch (error) {
      this.options.counters.add('directory.register_failed');
      this.report(error);
    }
  }

  private readonly fetchWithTimeout: typeof fetch = (input, init) =>
    (this.options.fetch ?? fetch)(input, {
      ...init,
      signal: AbortSignal.timeout(Math.max(2000, this.options.heartbeatMs)),
    });

  // One warning per failure streak, not one per heartbeat.
  private report(error: unknown): void {
    if (this.failing || this.stopped) return;
    this.failing = true;
    this.options.logger.warn('directory unreachable or refused', { error: String(error) });
  }
}
