import { describe, expect, it } from 'vitest';
import type { CliClock } from '../src/index.js';
import { ProgressLine, renderProgress } from '../src/output/progress.js';
import { ProgressReporter } from '../src/output/reporter.js';
import { formatBytes, terminalSafe } from '../src/output/terminal.js';

describe('renderProgress', () => {
  it('shows the stage alone, an amount, or a bar with a percentage', () => {
    expect(renderProgress({ stage: 'encrypt' })).toBe('encrypting');
    expect(renderProgress({ stage: 'receive', done: 3 * 1024 * 1024, unit: 'bytes' })).toBe(
      'receiving      3.0 MiB',
    );
    expect(renderProgress({ stage: 'wait', done: 12, unit: 'seconds' })).toBe(
      'waiting for the reply 12 s',
    );
    expect(renderProgress({ stage: 'send', done: 512, total: 1024, unit: 'bytes' })).toBe(
      'sending        [############------------]  50% 512 B / 1.0 KiB',
    );
    expect(renderProgress({ stage: 'pow', done: 5000, total: 256 })).toBe(
      `proof of work  [${'#'.repeat(24)}] 100%`,
    );
    expect(renderProgress({ stage: 'send', done: 0, total: 10, unit: 'bytes' })).toContain(
      '[------------------------]   0%',
    );
  });

  it('formats sizes and makes text safe for a terminal', () => {
    expect([0, 1023, 1024, 1536, 10 * 1024 * 1024, 3 * 1024 ** 3].map(formatBytes)).toEqual([
      '0 B',
      '1023 B',
      '1.0 KiB',
      '1.5 KiB',
      '10.0 MiB',
      '3.0 GiB',
    ]);
    expect(terminalSafe('ok\ttab\nline\u001b]0;title\u0007\r\u007f\u009b')).toBe(
      'ok\ttab\nline^[]0;title^G^M^?\\u{9b}',
    );
  });
});

describe('ProgressLine', () => {
  it('redraws in place, throttled within a stage, and erases itself', () => {
    let now = 0;
    const written: string[] = [];
    const line = new ProgressLine({ write: (t) => written.push(t), now: () => now, columns: 30 });
    line.update({ stage: 'send', done: 1, total: 10 });
    now = 50;
    line.update({ stage: 'send', done: 2, total: 10 }); // too soon
    line.update({ stage: 'wait' }); // a new stage is drawn at once
    now = 200;
    line.update({ stage: 'wait' }); // unchanged: nothing to draw
    line.clear();
    line.clear();
    expect(written).toEqual([
      `\r${'sending        [##-----------'}\u001b[K`, // cut to 29 columns
      '\rwaiting for the reply\u001b[K',
      '\r\u001b[K',
    ]);
  });
});

/** A clock whose timers fire when the test says. */
function manualClock(): CliClock & { tick(ms: number): void; pending(): number } {
  let now = 0;
  const timers = new Map<number, { at: number; run: () => void }>();
  let next = 0;
  return {
    now: () => now,
    setTimeout(run, ms) {
      timers.set(++next, { at: now + ms, run });
      return next;
    },
    clearTimeout: (handle) => void timers.delete(handle as number),
    tick(ms) {
      now += ms;
      for (const [id, timer] of [...timers]) {
        if (timer.at <= now) {
          timers.delete(id);
          timer.run();
        }
      }
    },
    pending: () => timers.size,
  };
}

describe('ProgressReporter', () => {
  it('shows the fragments sent, the seconds waited, then the fragments received', () => {
    const clock = manualClock();
    const written: string[] = [];
    const line = new ProgressLine({
      write: (t) => written.push(t),
      now: () => clock.now(),
      intervalMs: 0,
    });
    const reporter = new ProgressReporter(line, clock);
    reporter.onCreate({ stage: 'pow', attempts: 8192, expected: 65_536 });
    expect(written.at(-1)).toContain('proof of work  [###---------------------]  12%');
    reporter.onCreate({ stage: 'send', bytes: 4096 });
    reporter.onCreate({ stage: 'upload', done: 2, total: 4 });
    expect(written.at(-1)).toContain('sending        [############------------]  50%');
    reporter.onCreate({ stage: 'wait' });
    clock.tick(1000);
    expect(written.at(-1)).toContain('waiting for the reply 1 s');
    clock.tick(1000);
    expect(written.at(-1)).toContain('waiting for the reply 2 s');
    reporter.onGet({ stage: 'receive', done: 3, total: 4 });
    expect(written.at(-1)).toContain('receiving      [##################------]  75%');
    // The wait is over: its clock stops rather than overwrite the reply's progress.
    clock.tick(5000);
    expect(written.at(-1)).toContain('receiving');
    reporter.stop();
    expect(written.at(-1)).toBe('\r\u001b[K');
    expect(clock.pending()).toBe(0);
  });

  it('does nothing without a terminal', () => {
    const clock = manualClock();
    const reporter = new ProgressReporter(undefined, clock);
    reporter.onGet({ stage: 'send' });
    reporter.onGet({ stage: 'wait' });
    expect(clock.pending()).toBe(0);
  });
});
