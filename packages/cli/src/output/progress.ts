import { formatBytes } from './terminal.js';

/** The stages a transfer goes through, as the progress bar names them. */
export type Stage =
  'connect' | 'ping' | 'encrypt' | 'pow' | 'send' | 'wait' | 'receive' | 'decrypt';

const LABELS: Readonly<Record<Stage, string>> = {
  connect: 'joining the mixnet',
  ping: 'contacting the server',
  encrypt: 'encrypting',
  pow: 'proof of work',
  send: 'sending',
  wait: 'waiting for the reply',
  receive: 'receiving',
  decrypt: 'decrypting',
};

/** Where a stage stands: `done` of `total` units, if known. */
export interface StageProgress {
  readonly stage: Stage;
  readonly done?: number;
  readonly total?: number;
  /** What `done` and `total` count; plain numbers by default. */
  readonly unit?: 'bytes' | 'seconds';
}

const BAR_WIDTH = 24;

/**
 * One line of progress, without control sequences: the stage, and when the total is known a
 * bar with a percentage (and the amounts, for bytes); the amount alone when no total is known.
 * @example renderProgress({ stage: 'send', done: 512, total: 1024, unit: 'bytes' })
 *   // 'sending        [############------------]  50% 512 B / 1.0 KiB'
 */
export function renderProgress(progress: StageProgress): string {
  const label = LABELS[progress.stage].padEnd(14);
  const { done, total } = progress;
  const amount = (n: number) =>
    progress.unit === 'bytes' ? formatBytes(n) : progress.unit === 'seconds' ? `${n} s` : String(n);
  if (done === undefined) return label.trimEnd();
  if (total === undefined || total <= 0) return `${label} ${amount(done)}`;
  const ratio = Math.min(1, Math.max(0, done / total));
  const filled = Math.round(ratio * BAR_WIDTH);
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}]`;
  const percent = `${Math.floor(ratio * 100)}%`.padStart(4);
  const counts =
    progress.unit === 'bytes' ? ` ${amount(Math.min(done, total))} / ${amount(total)}` : '';
  return `${label} ${bar} ${percent}${counts}`;
}

/** Options of {@link ProgressLine}. */
export interface ProgressLineOptions {
  /** Writes to the terminal (stderr). */
  readonly write: (text: string) => void;
  readonly now: () => number;
  /** Terminal width; the line is cut to it. */
  readonly columns?: number;
  /** Least time between redraws of the same stage (default 100 ms). */
  readonly intervalMs?: number;
}

/**
 * A progress line redrawn in place (`\r`, erase to end of line) on a terminal. Redraws are
 * throttled, except when the stage changes; `clear()` erases it before other output.
 */
export class ProgressLine {
  #last = '';
  #lastStage: Stage | undefined;
  #lastAt = -Infinity;
  #visible = false;

  constructor(private readonly options: ProgressLineOptions) {}

  update(progress: StageProgress): void {
    const now = this.options.now();
    const sameStage = progress.stage === this.#lastStage;
    if (sameStage && now - this.#lastAt < (this.options.intervalMs ?? 100)) return;
    const width = Math.max(20, (this.options.columns ?? 80) - 1);
    const line = renderProgress(progress).slice(0, width);
    this.#lastStage = progress.stage;
    this.#lastAt = now;
    if (line === this.#last && this.#visible) return;
    this.#last = line;
    this.#visible = true;
    this.options.write(`\r${line}\u001b[K`);
  }

  /** Erases the line (call before printing results or errors). */
  clear(): void {
    if (!this.#visible) return;
    this.options.write('\r\u001b[K');
    this.#visible = false;
    this.#last = '';
  }
}
