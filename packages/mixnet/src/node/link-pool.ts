import { encodeFrame } from '../wire/link-frames.js';
import type { Counters } from './counters.js';
import { OutboundLink, type Endpoint, type OutboundLinkOptions } from './outbound-link.js';

/** Options of a {@link LinkPool}; limits default to values fit for a local mixnet. */
export interface LinkPoolOptions extends Partial<Omit<OutboundLinkOptions, 'counters'>> {
  readonly counters: Counters;
}

/**
 * The outbound links of one node, one persistent link per peer address, created on first use.
 * @example pool.send(address, { host: '127.0.0.1', port: 9003 }, packet);
 */
export class LinkPool {
  private readonly links = new Map<string, OutboundLink>();
  private readonly options: OutboundLinkOptions;

  constructor(options: LinkPoolOptions) {
    this.options = {
      counters: options.counters,
      maxQueue: options.maxQueue ?? 4096,
      maxBufferedBytes: options.maxBufferedBytes ?? 16 * 1024 * 1024,
      minBackoffMs: options.minBackoffMs ?? 50,
      maxBackoffMs: options.maxBackoffMs ?? 5000,
    };
  }

  /** Sends a packet to the node `address` (base58) at `endpoint`; false if it was dropped. */
  send(address: string, endpoint: Endpoint, packet: Uint8Array): boolean {
    let link = this.links.get(address);
    if (link) link.setEndpoint(endpoint);
    else {
      link = new OutboundLink(endpoint, this.options);
      this.links.set(address, link);
    }
    return link.send(encodeFrame(packet));
  }

  /** Closes the links to nodes that are no longer in `addresses` (they left the topology). */
  retain(addresses: ReadonlySet<string>): void {
    for (const [address, link] of this.links) {
      if (!addresses.has(address)) {
        link.close();
        this.links.delete(address);
      }
    }
  }

  get size(): number {
    return this.links.size;
  }

  close(): void {
    for (const link of this.links.values()) link.close();
    this.links.clear();
  }
}
