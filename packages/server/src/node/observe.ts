import type { NymApiClient } from '@pastenym/nym-api';
import type { ServiceEvent } from '../service/events.js';
import type { RequestPumpStats } from '../transport/request-pump.js';
import type { Logger } from './logger.js';

/** Request counters by protocol, operation and outcome, logged as a periodic summary. */
export interface EventCounts {
  readonly record: (event: ServiceEvent) => void;
  /** Logs the counts since the last flush with the pump's totals, then starts over. */
  readonly flush: (pump: RequestPumpStats) => void;
}

/**
 * Counts service events. Each request is logged at debug level by its operation and outcome
 * only; storage failures at warn level by their code.
 */
export function countEvents(logger: Logger): EventCounts {
  let counts = new Map<string, number>();
  return {
    record(event) {
      const name = `${event.protocol}.${event.op}.${event.outcome}`;
      counts.set(name, (counts.get(name) ?? 0) + 1);
      if (event.storageError !== undefined) {
        logger.warn({ op: event.op, storageError: event.storageError }, 'storage failure');
      } else {
        logger.debug({ protocol: event.protocol, op: event.op, outcome: event.outcome }, 'request');
      }
    },
    flush(pump) {
      logger.info({ requests: Object.fromEntries(counts), pump }, 'request summary');
      counts = new Map();
    },
  };
}

/**
 * Logs the nym-client connection's state changes (never its address) and reports a changed
 * server address, which happens when the nym-client was replaced by one with another identity.
 * Returns the unsubscribe function.
 */
export function watchNymClient(
  client: NymApiClient,
  logger: Logger,
  initialAddress: string,
  onAddress?: (address: string) => void,
): () => void {
  let address = initialAddress;
  return client.subscribe((event) => {
    switch (event.type) {
      case 'connected': {
        logger.info('connected to the nym-client');
        const now = event.address.toString();
        if (now !== address) {
          address = now;
          logger.warn('the nym-client has a new address: clients need the new one');
          onAddress?.(now);
        }
        break;
      }
      case 'disconnected':
        logger.warn('lost the nym-client; reconnecting');
        break;
      case 'reconnecting':
        logger.debug({ attempt: event.attempt, delayMs: event.delayMs }, 'reconnecting');
        break;
      case 'error':
        logger.warn({ code: event.error.code }, 'nym-client error');
        break;
      case 'closed':
      case 'received':
        break;
    }
  });
}
