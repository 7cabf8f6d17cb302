import type { Clock } from '@pastenym/runtime';

/** An exponential gap with mean `meanMs`, from four random bytes. */
export function exponentialDelay(rng: (length: number) => Uint8Array, meanMs: number): number {
  const b = rng(4);
  const u = ((((b[0]! << 24) | (b[1]! << 16) | (b[2]! << 8) | b[3]!) >>> 0) + 1) / 0x1_0000_0001;
  return -meanMs * Math.log(u);
}

/**
 * Runs `onTick` at the events of a Poisson process (exponential gaps with the mean the profile
 * gives now), one tick at a time: Loopix's sending stream and its loop cover. A mean of 0 or
 * less means no process at all.
 */
export class PoissonTimer {
  private timer: unknown;
  private running = false;

  constructor(
    private readonly clock: Clock,
    private readonly rng: (length: number) => Uint8Array,
    private readonly meanMs: () => number,
    private readonly onTick: () => Promise<void>,
  ) {}

  start(): void {
    this.running = true;
    this.schedule();
  }

  stop(): void {
    this.running = false;
    this.clock.clearTimeout(this.timer);
  }

  private schedule(): void {
    const mean = this.meanMs();
    if (!this.running || mean <= 0) return;
    this.timer = this.clock.setTimeout(
      () => {
        void this.onTick().finally(() => this.schedule());
      },
      exponentialDelay(this.rng, mean),
    );
  }
}
