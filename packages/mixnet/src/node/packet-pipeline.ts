import type { ProcessResult, ReplayFilter } from '@pastenym/sphinx';
import type { Counters } from './counters.js';
import type { PacketProcessor } from './packet-processor.js';

export type ForwardResult = Extract<ProcessResult, { kind: 'forward' }>;
export type DeliverResult = Extract<ProcessResult, { kind: 'deliver' }>;

/** Options of a {@link PacketPipeline}. */
export interface PacketPipelineOptions {
  readonly processor: PacketProcessor;
  readonly replayFilter: ReplayFilter;
  readonly counters: Counters;
  /** Called when a forward packet's delay has passed, with the input's tap handle if any. */
  readonly onForward: (result: ForwardResult, cause?: string) => void;
  /** Called when a packet for this node as last hop is due, with the input's tap handle. */
  readonly onDeliver: (result: DeliverResult, cause?: string) => void;
  /** Most packets held for their delay at once (default 100,000); more drop as `overloaded`. */
  readonly maxHeld?: number;
  /** Longest accepted delay (default 60 s); longer ones drop as `delay_too_long`. */
  readonly maxDelayMs?: number;
}

/**
 * One node's packet path: Sphinx processing, the replay check, then holding each packet for
 * the delay its sender chose. Drops are counted as `drop.<reason>`; nothing here throws on
 * bad input.
 */
export class PacketPipeline {
  private readonly held = new Set<NodeJS.Timeout>();
  private closed = false;

  constructor(private readonly options: PacketPipelineOptions) {}

  /**
   * Takes a packet from a link or a client; `cause` (a link tap's handle of it) is handed on
   * with what the packet becomes.
   */
  accept(packet: Uint8Array, cause?: string): void {
    if (this.closed) return;
    this.options.counters.add('packets.in');
    this.options.processor.process(packet, (result) => this.onResult(result, cause));
  }

  /** Packets currently held for their delay. */
  get heldCount(): number {
    return this.held.size;
  }

  /** Drops every held packet and accepts no more. */
  close(): void {
    this.closed = true;
    for (const timer of this.held) clearTimeout(timer);
    this.held.clear();
  }

  private onResult(result: ProcessResult, cause: string | undefined): void {
    const { counters } = this.options;
    if (this.closed) return;
    if (result.kind === 'drop') return counters.add(`drop.${result.reason}`);
    if (this.options.replayFilter.testAndAdd(result.replayTag)) return counters.add('drop.replay');
    if (result.delay > (this.options.maxDelayMs ?? 60_000)) {
      return counters.add('drop.delay_too_long');
    }
    const emit = () =>
      result.kind === 'forward'
        ? this.options.onForward(result, cause)
        : this.options.onDeliver(result, cause);
    if (result.delay <= 0) return emit();
    if (this.held.size >= (this.options.maxHeld ?? 100_000)) return counters.add('drop.overloaded');
    const timer = setTimeout(() => {
      this.held.delete(timer);
      emit();
    }, result.delay);
    this.held.add(timer);
  }
}
