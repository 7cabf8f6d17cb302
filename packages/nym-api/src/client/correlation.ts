import type { ErrorResponse, ServerResponse } from '../codec/types.js';
import { NymApiError } from '../errors.js';
import type { Clock } from '@pastenym/runtime';

/** A request that waits for its answer. */
export interface Waiter {
  expects: 'selfAddress' | 'laneQueueLength';
  resolve(response: ServerResponse): void;
  reject(error: Error): void;
}

interface Entry {
  waiter: Waiter;
  /** Requests without an answer sent just before this one (each may still get an error). */
  silentBefore: number;
}

/**
 * Matches answers to requests. The API has no request ids, but the nym-client answers in
 * request order, and requests without an answer get one only when they fail. So an error is
 * put on a silent request sent before the oldest waiter when there is one (its promise already
 * resolved: the error becomes an event), else on that waiter; a typed answer resolves the
 * oldest waiter and proves the silent requests before it went through. Counters, not lists:
 * any number of silent requests costs nothing.
 */
export class Correlator {
  private entries: Entry[] = [];
  private trailingSilent = 0;

  /** A request without an answer was written. */
  sentSilent(): void {
    this.trailingSilent++;
  }

  /**
   * A request waiting for an answer was written: `callbacks` get the answer, or an error,
   * or `nym_api.timeout` after `timeoutMs`.
   */
  sentWaiting(
    expects: Waiter['expects'],
    callbacks: Pick<Waiter, 'resolve' | 'reject'>,
    clock: Clock,
    timeoutMs: number,
  ): void {
    const waiter: Waiter = {
      expects,
      resolve: (response) => {
        clock.clearTimeout(timer);
        callbacks.resolve(response);
      },
      reject: (error) => {
        clock.clearTimeout(timer);
        callbacks.reject(error);
      },
    };
    const timer = clock.setTimeout(() => {
      this.forget(waiter);
      callbacks.reject(new NymApiError('nym_api.timeout', `no ${expects} answer in time`));
    }, timeoutMs);
    this.entries.push({ waiter, silentBefore: this.trailingSilent });
    this.trailingSilent = 0;
  }

  /** A typed answer arrived; false when nothing waits for it. */
  answer(response: ServerResponse & { type: Waiter['expects'] }): boolean {
    const head = this.entries[0];
    if (head === undefined || head.waiter.expects !== response.type) return false;
    this.entries.shift();
    head.waiter.resolve(response);
    return true;
  }

  /** An error arrived: the waiter it fails, or null when a silent request takes it. */
  error(_error: ErrorResponse): Waiter | null {
    const head = this.entries[0];
    if (head === undefined) {
      if (this.trailingSilent > 0) this.trailingSilent--;
      return null;
    }
    if (head.silentBefore > 0) {
      head.silentBefore--;
      return null;
    }
    this.entries.shift();
    return head.waiter;
  }

  /** Forgets a waiter (it timed out); its silent predecessors move to the next one. */
  forget(waiter: Waiter): void {
    const index = this.entries.findIndex((entry) => entry.waiter === waiter);
    if (index < 0) return;
    const [entry] = this.entries.splice(index, 1);
    const next = this.entries[index];
    // Count the forgotten request as silent too: a late answer is then ignored or blamed on it.
    if (next !== undefined) next.silentBefore += entry!.silentBefore + 1;
    else this.trailingSilent += entry!.silentBefore + 1;
  }

  /** Fails every waiter (the connection is gone) and starts afresh. */
  failAll(error: Error): void {
    const entries = this.entries;
    this.entries = [];
    this.trailingSilent = 0;
    for (const entry of entries) entry.waiter.reject(error);
  }
}
