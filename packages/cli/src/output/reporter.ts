import type { CreateProgress, GetProgress } from '@pastenym/paste-protocol';
import type { CliClock } from '../io.js';
import type { ProgressLine, Stage } from './progress.js';

const TICK_MS = 1000;

/**
 * Feeds the progress line from the client's progress callbacks: stages, proof-of-work
 * attempts, the request's fragments acknowledged, the reply's fragments arrived; while a reply
 * is awaited with nothing arriving, the seconds waited. Without a line (stderr is not a
 * terminal) it does nothing.
 */
export class ProgressReporter {
  #stage: Stage | undefined;
  #timer: unknown;
  #waitSince = 0;

  constructor(
    private readonly line: ProgressLine | undefined,
    private readonly clock: CliClock,
  ) {}

  /** The callback for `createPaste`'s `onProgress`. */
  readonly onCreate = (progress: CreateProgress): void => {
    if (progress.stage === 'pow') {
      this.stage('pow', { done: progress.attempts, total: progress.expected });
    } else if (progress.stage === 'upload') {
      this.stage('send', { done: progress.done, total: progress.total });
    } else {
      this.stage(progress.stage);
    }
  };

  /** The callback for `getPaste`'s `onProgress`. */
  readonly onGet = (progress: GetProgress): void => {
    if (progress.stage === 'receive') {
      this.stage('receive', { done: progress.done, total: progress.total });
    } else {
      this.stage(progress.stage);
    }
  };

  /** Enters a stage (or updates its counts). */
  stage(stage: Stage, counts: { done?: number; total?: number } = {}): void {
    if (!this.line) return;
    if (stage === 'wait' && this.#stage !== 'wait') {
      this.#waitSince = this.clock.now();
      this.#tick();
    }
    this.#stage = stage;
    this.line.update({ stage, ...counts });
  }

  /** Erases the line and stops the clock; call before any other output. */
  stop(): void {
    if (this.#timer !== undefined) this.clock.clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#stage = undefined;
    this.line?.clear();
  }

  /** Counts the seconds of a wait, until another stage begins. */
  #tick(): void {
    if (this.#timer !== undefined) return;
    this.#timer = this.clock.setTimeout(() => {
      this.#timer = undefined;
      if (this.#stage !== 'wait' || !this.line) return;
      const done = Math.floor((this.clock.now() - this.#waitSince) / 1000);
      this.line.update({ stage: 'wait', done, unit: 'seconds' });
      this.#tick();
    }, TICK_MS);
  }
}
