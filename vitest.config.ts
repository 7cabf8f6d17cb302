// One Vitest run over every package. Tests import sibling packages through the
// "@pastenym/source" export condition, so they run against TypeScript sources without a build.
import { defineConfig } from 'vitest/config';

const conditions = ['@pastenym/source'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: {
    include: ['packages/*/test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    reporters: ['default', './scripts/vitest-summary.ts'],
  },
});
