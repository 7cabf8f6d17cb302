// What the compliance suite needs from each store's test setup.
import { afterEach, beforeEach } from 'vitest';
import type { Storage, StorageLimits } from '../../src/storage/index.js';

/** One fresh backing database (a temp file, an isolated schema) for one test. */
export interface StorageHarness {
  /** Opens another store on the same database: a new connection, pool or instance. */
  open(limits?: Partial<StorageLimits>): Promise<Storage>;
  /** The database files' contents, flushed first; `[]` when they cannot be read here. */
  files(): Promise<Buffer[]>;
  /**
   * Runs raw SQL on its own connection; `{pastes}`, `{bundles}`, `{migrations}` and `{imports}` stand for
   * the qualified table names. Statements that return no rows resolve to `[]`.
   */
  raw(sql: string): Promise<Record<string, unknown>[]>;
  /** Removes the database. */
  destroy(): Promise<void>;
}

/** Makes a harness on a fresh database. */
export type HarnessFactory = () => Promise<StorageHarness>;

/** Per-test access to the harness; every store opened through it is closed after the test. */
export interface SuiteContext {
  harness(): StorageHarness;
  open(limits?: Partial<StorageLimits>): Promise<Storage>;
}

/** Registers the hooks that give each test its own database. */
export function useHarness(factory: HarnessFactory): SuiteContext {
  let current: StorageHarness | undefined;
  let opened: Storage[] = [];
  beforeEach(async () => {
    current = await factory();
  });
  afterEach(async () => {
    await Promise.all(opened.map((storage) => storage.close()));
    opened = [];
    await current?.destroy();
    current = undefined;
  });
  const harness = (): StorageHarness => {
    if (current === undefined) throw new Error('no harness outside a test');
    return current;
  };
  return {
    harness,
    async open(limits) {
      const storage = await harness().open(limits);
      opened.push(storage);
      return storage;
    },
  };
}

/** A count from raw SQL, whichever type the driver returned it as. */
export async function rawCount(harness: StorageHarness, table: string): Promise<number> {
  const rows = await harness.raw(`SELECT count(*) AS n FROM {${table}}`);
  return Number(rows[0]?.['n']);
}
