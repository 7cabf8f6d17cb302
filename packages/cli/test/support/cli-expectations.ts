// Assertions on what one run of the command printed.
import { expect } from 'vitest';
import type { RunResult } from './memory-io.js';

/**
 * A clean failure: the exit code, exactly one `error [code]: message` line on stderr and
 * nothing on stdout (no stack trace, no partial output).
 */
export function expectCleanFailure(result: RunResult, exitCode: number, code: string): void {
  expect(result.code, result.err).toBe(exitCode);
  const escaped = code.replaceAll('.', '\\.');
  expect(result.err).toMatch(new RegExp(`^error \\[${escaped}\\]: \\S.*\\n$`));
  expect(result.out).toBe('');
}
