import type { CryptoProvider } from '@pastenym/crypto';
import { PasteProtocolError } from '../errors.js';
import { leadingZeroBits } from './challenge.js';

/** Nonces are 8 bytes: a big-endian attempt counter. */
export const POW_NONCE_BYTES = 8;

/** Options of {@link solvePow}. */
export interface SolveOptions {
  /** Called every `progressEvery` attempts with the number of attempts so far. */
  readonly onProgress?: (attempts: number) => void;
  /** Default 4096. */
  readonly progressEvery?: number;
  /** Checked with each progress report; once aborted the search stops (`pow.aborted`). */
  readonly signal?: AbortSignal;
  /** Give up after this many attempts (`pow.exhausted`); default: unbounded. */
  readonly maxAttempts?: number;
}

/**
 * Tries `count` nonces from counter `start`; returns the first counter whose
 * SHA-256(challenge | nonce) has at least `difficulty` leading zero bits, else `undefined`.
 */
export function searchNonces(
  crypto: Pick<CryptoProvider, 'sha256'>,
  challenge: Uint8Array,
  difficulty: number,
  start: number,
  count: number,
): number | undefined {
  const input = new Uint8Array(challenge.length + POW_NONCE_BYTES);
  input.set(challenge);
  for (let counter = start; counter < start + count; counter++) {
    writeNonce(input, challenge.length, counter);
    if (leadingZeroBits(crypto.sha256(input)) >= difficulty) return counter;
  }
  return undefined;
}

/** The 8-byte nonce of an attempt counter. */
export function nonceOf(counter: number): Uint8Array {
  const nonce = new Uint8Array(POW_NONCE_BYTES);
  writeNonce(nonce, 0, counter);
  return nonce;
}

function writeNonce(target: Uint8Array, offset: number, counter: number): void {
  const view = new DataView(target.buffer, target.byteOffset, target.byteLength);
  view.setUint32(offset, Math.floor(counter / 0x1_0000_0000));
  view.setUint32(offset + 4, counter >>> 0);
}

/**
 * Finds a nonce for `challenge` (see `powChallenge`) synchronously. Expected cost: 2^difficulty
 * SHA-256 calls on 40 bytes (difficulty 16: ~65,000, a fraction of a second in JavaScript).
 * @throws {PasteProtocolError} `pow.aborted` when `signal` aborts, `pow.exhausted` after
 *   `maxAttempts`.
 * @example const nonce = solvePow(provider, challenge, 16)
 */
export function solvePow(
  crypto: Pick<CryptoProvider, 'sha256'>,
  challenge: Uint8Array,
  difficulty: number,
  options: SolveOptions = {},
): Uint8Array {
  const every = Math.max(1, options.progressEvery ?? 4096);
  const limit = options.maxAttempts ?? Number.MAX_SAFE_INTEGER;
  for (let done = 0; done < limit;) {
    throwIfAborted(options.signal);
    const count = Math.min(every, limit - done);
    const found = searchNonces(crypto, challenge, difficulty, done, count);
    if (found !== undefined) return nonceOf(found);
    done += count;
    options.onProgress?.(done);
  }
  throw new PasteProtocolError('pow.exhausted', `no solution in ${limit} attempts`);
}

/** Options of {@link solvePowAsync}. */
export interface SolveAsyncOptions extends Omit<SolveOptions, 'progressEvery'> {
  /**
   * Attempts between two yields to the event loop (and progress reports); default 8192, about
   * 15-30 ms of hashing, large enough that browsers' 4 ms minimum timer delay costs little.
   */
  readonly yieldEvery?: number;
  /** How to yield; default a zero-delay `setTimeout`, which lets pending events run. */
  readonly yieldToEventLoop?: () => Promise<void>;
}

/**
 * {@link solvePow} that yields to the event loop every `yieldEvery` attempts, so a page stays
 * responsive and an `AbortSignal` can stop it. Same errors, rejected.
 * @example const nonce = await solvePowAsync(provider, challenge, 16, { signal })
 */
export async function solvePowAsync(
  crypto: Pick<CryptoProvider, 'sha256'>,
  challenge: Uint8Array,
  difficulty: number,
  options: SolveAsyncOptions = {},
): Promise<Uint8Array> {
  const every = Math.max(1, options.yieldEvery ?? 8192);
  const limit = options.maxAttempts ?? Number.MAX_SAFE_INTEGER;
  const pause = options.yieldToEventLoop ?? yieldWithTimeout;
  for (let done = 0; done < limit;) {
    throwIfAborted(options.signal);
    const count = Math.min(every, limit - done);
    const found = searchNonces(crypto, challenge, difficulty, done, count);
    if (found !== undefined) return nonceOf(found);
    done += count;
    options.onProgress?.(done);
    await pause();
  }
  throw new PasteProtocolError('pow.exhausted', `no solution in ${limit} attempts`);
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    throw new PasteProtocolError('pow.aborted', 'proof of work aborted', { cause: signal.reason });
  }
}

/** A macrotask boundary: `setTimeout` exists in every JavaScript runtime this package targets. */
function yieldWithTimeout(): Promise<void> {
  return new Promise((resolve) => globalThis.setTimeout(resolve, 0));
}
