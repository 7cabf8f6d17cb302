// The one compliance suite every Storage implementation passes.
import { describe } from 'vitest';
import type { HarnessFactory } from './harness.js';
import { useHarness } from './harness.js';
import { basicTests } from './suite-basics.js';
import { concurrencyTests } from './suite-concurrency.js';
import { importTests } from './suite-imports.js';
import { limitTests } from './suite-limits.js';
import { quotaTests } from './suite-quota.js';
import { schemaTests } from './suite-schema.js';

export type { HarnessFactory, StorageHarness } from './harness.js';

/**
 * Runs the compliance suite against one store; `factory` gives every test a fresh database.
 * @example runStorageSuite('sqlite', () => sqliteHarness())
 */
export function runStorageSuite(name: string, factory: HarnessFactory): void {
  describe(`Storage compliance: ${name}`, () => {
    const ctx = useHarness(factory);
    basicTests(ctx);
    limitTests(ctx);
    concurrencyTests(ctx);
    schemaTests(ctx);
    importTests(ctx);
    quotaTests(ctx);
  });
}
