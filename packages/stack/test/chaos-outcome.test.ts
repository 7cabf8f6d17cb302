import { describe, expect, it } from 'vitest';
import { PasteProtocolError } from '@pastenym/paste-protocol';
import { ManualClock } from '@pastenym/runtime/testing';
import { StackError } from '../src/errors.js';
import { classify, track } from '../src/chaos/outcome.js';

const limits = { deadlineMs: 1000, graceMs: 500 };

/** A request that ends only when aborted, with the paste client's error. */
const honoursAbort = (signal: AbortSignal) =>
  new Promise<never>((_, reject) =>
    signal.addEventListener('abort', () =>
      reject(new PasteProtocolError('client.aborted', 'aborted')),
    ),
  );

describe('classify', () => {
  it('keeps stable codes and names the rest by class only', () => {
    expect(classify(new PasteProtocolError('client.timeout', 'no reply'))).toEqual({
      kind: 'error',
      code: 'client.timeout',
    });
    expect(classify(new StackError('stack.server_failed', 'x'))).toMatchObject({ kind: 'error' });
    expect(classify(new TypeError('secret text'))).toEqual({ kind: 'unclear', what: 'TypeError' });
    expect(classify({ code: 'ECONNRESET' })).toEqual({ kind: 'unclear', what: 'object' });
    expect(classify('a string')).toEqual({ kind: 'unclear', what: 'string' });
  });
});

describe('track', () => {
  it('reports answers, typed failures and untyped ones, and clears its timers', async () => {
    const clock = new ManualClock();
    await expect(track(() => Promise.resolve(7), limits, undefined, clock)).resolves.toEqual({
      outcome: { kind: 'ok' },
      value: 7,
    });
    const typed = () => Promise.reject(new PasteProtocolError('paste.not_found', 'gone'));
    await expect(track(typed, limits, undefined, clock)).resolves.toEqual({
      outcome: { kind: 'error', code: 'paste.not_found' },
    });
    const thrown = () => {
      throw new RangeError('at once');
    };
    await expect(track(thrown, limits, undefined, clock)).resolves.toEqual({
      outcome: { kind: 'unclear', what: 'RangeError' },
    });
    const wrong = () => ({ kind: 'unclear', what: 'other content' }) as const;
    await expect(track(() => Promise.resolve(1), limits, wrong, clock)).resolves.toMatchObject({
      outcome: wrong(),
    });
    expect(clock.timers.size).toBe(0);
  });

  it('aborts at the deadline: a request that honours it ends with its error', async () => {
    const clock = new ManualClock();
    let outcome: unknown;
    void track(honoursAbort, limits, undefined, clock).then((result) => {
      outcome = result.outcome;
    });
    await clock.advance(999);
    expect(outcome).toBeUndefined();
    await clock.advance(1);
    expect(outcome).toEqual({ kind: 'error', code: 'client.aborted' });
  });

  it('calls a request that ignores its deadline hung after the grace', async () => {
    const clock = new ManualClock();
    let outcome: unknown;
    let aborted = false;
    const ignores = (signal: AbortSignal) => {
      signal.addEventListener('abort', () => (aborted = true));
      return new Promise<never>(() => undefined);
    };
    void track(ignores, limits, undefined, clock).then((result) => {
      outcome = result.outcome;
    });
    await clock.advance(1000);
    expect(aborted).toBe(true);
    expect(outcome).toBeUndefined();
    await clock.advance(499);
    expect(outcome).toBeUndefined();
    await clock.advance(1);
    expect(outcome).toEqual({ kind: 'hung' });
  });
});
