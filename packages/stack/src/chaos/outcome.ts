import { systemClock, type Clock } from '@pastenym/runtime';

/** How one request ended. */
export type Outcome =
  | { readonly kind: 'ok' }
  /** Failed with an error that carries a stable code (`client.timeout`, `paste.not_found`, ...). */
  | { readonly kind: 'error'; readonly code: string }
  /** Failed in a way nobody can act on: an error without a stable code, or a wrong answer. */
  | { readonly kind: 'unclear'; readonly what: string }
  /** Neither answered nor failed within its deadline and the grace after it. */
  | { readonly kind: 'hung' };

const STABLE_CODE = /^[a-z_]+\.[a-z_]+$/;

/**
 * What a failure says: its stable code when it has one (every package's error class has), else
 * that it was unclear (named by its class only: messages may hold anything).
 * @example classify(new PasteProtocolError('client.timeout', '…')) // { kind: 'error', code: 'client.timeout' }
 */
export function classify(error: unknown): Outcome {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const { code } = error;
    if (typeof code === 'string' && STABLE_CODE.test(code)) return { kind: 'error', code };
  }
  const what = error instanceof Error ? error.name : typeof error;
  return { kind: 'unclear', what };
}

/** Time limits of one request. */
export interface RequestLimits {
  /** The request's whole budget: at this point its signal aborts. */
  readonly deadlineMs: number;
  /** After the deadline: an unsettled request is then counted as hung and abandoned. */
  readonly graceMs: number;
}

/** A request's limits, and how long it waits for its reply once sent (within the deadline). */
export type ReplyLimits = RequestLimits & { readonly replyTimeoutMs: number };

/**
 * Runs one request with an abort signal that fires at its deadline, and watches it: resolves
 * with its outcome, or with `hung` when it has not settled by deadline + grace (the request is
 * then abandoned, never awaited). `check` turns a value into `ok` or an unclear outcome.
 * Never rejects.
 * @example const { outcome } = await track((signal) => client.ping({ signal }), limits);
 */
export function track<T>(
  request: (signal: AbortSignal) => Promise<T>,
  limits: RequestLimits,
  check: (value: T) => Outcome = () => ({ kind: 'ok' }),
  clock: Clock = systemClock,
): Promise<{ outcome: Outcome; value?: T }> {
  const controller = new AbortController();
  return new Promise((resolve) => {
    let done = false;
    const finish = (result: { outcome: Outcome; value?: T }) => {
      if (done) return;
      done = true;
      clock.clearTimeout(deadline);
      clock.clearTimeout(watchdog);
      resolve(result);
    };
    const deadline = clock.setTimeout(() => controller.abort(), limits.deadlineMs);
    const watchdog = clock.setTimeout(
      () => finish({ outcome: { kind: 'hung' } }),
      limits.deadlineMs + limits.graceMs,
    );
    const failed = (error: unknown) => finish({ outcome: classify(error) });
    try {
      request(controller.signal).then((value) => finish({ outcome: check(value), value }), failed);
    } catch (error) {
      failed(error); // thrown at once rather than rejected: the same outcome
    }
  });
}
