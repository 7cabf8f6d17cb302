// A store whose next calls fail with a chosen error, to check how the service maps failures.
import type { Storage } from '../../src/index.js';

/** Wraps `inner`; while `failWith` is set, every call rejects with it. */
export class FaultyStorage implements Storage {
  failWith: Error | undefined;
  constructor(private readonly inner: Storage) {}

  #guard<T>(run: () => Promise<T>): Promise<T> {
    return this.failWith === undefined ? run() : Promise.reject(this.failWith);
  }

  create(...args: Parameters<Storage['create']>) {
    return this.#guard(() => this.inner.create(...args));
  }
  importPaste(...args: Parameters<Storage['importPaste']>) {
    return this.#guard(() => this.inner.importPaste(...args));
  }
  view(...args: Parameters<Storage['view']>) {
    return this.#guard(() => this.inner.view(...args));
  }
  readUncounted(...args: Parameters<Storage['readUncounted']>) {
    return this.#guard(() => this.inner.readUncounted(...args));
  }
  delete(...args: Parameters<Storage['delete']>) {
    return this.#guard(() => this.inner.delete(...args));
  }
  sweepExpired(...args: Parameters<Storage['sweepExpired']>) {
    return this.#guard(() => this.inner.sweepExpired(...args));
  }
  stats() {
    return this.#guard(() => this.inner.stats());
  }
  scrub() {
    return this.#guard(() => this.inner.scrub());
  }
  close() {
    return this.inner.close();
  }
}
