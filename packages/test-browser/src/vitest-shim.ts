/**
 * The subset of Vitest's API our suites use (`describe`, `it`/`test` with `.each`, `expect`
 * with Jest matchers), for running those suites where Vitest does not run: a Web Worker in
 * Chromium. Bundles alias `vitest` to this module.
 */
import * as chai from 'chai';
import {
  ASYMMETRIC_MATCHERS_OBJECT,
  ChaiStyleAssertions,
  JestAsymmetricMatchers,
  JestChaiExpect,
  JestExtend,
  getState,
  setState,
  type ExpectStatic,
} from '@vitest/expect';

chai.use(JestExtend);
chai.use(JestChaiExpect);
chai.use(ChaiStyleAssertions);
chai.use(JestAsymmetricMatchers);

function createExpect(): ExpectStatic {
  const expect = ((value: unknown, message?: string) =>
    chai.expect(value, message)) as unknown as ExpectStatic;
  Object.assign(expect, chai.expect);
  Object.assign(expect, (globalThis as Record<symbol, unknown>)[ASYMMETRIC_MATCHERS_OBJECT]);
  expect.getState = () => getState(expect);
  expect.setState = (state) => setState(state, expect);
  setState({ assertionCalls: 0, isExpectingAssertions: false, currentTestName: '' }, expect);
  return expect;
}

export const expect = createExpect();

type TestBody = () => unknown;
interface RegisteredTest {
  readonly name: string;
  readonly body: TestBody;
  readonly timeoutMs: number;
}

const registered: RegisteredTest[] = [];
const scope: string[] = [];

export function describe(name: string, body: () => void): void {
  scope.push(name);
  try {
    body();
  } finally {
    scope.pop();
  }
}

function format(name: string, args: readonly unknown[]): string {
  let i = 0;
  return name.replace(/%[sdifjo]/g, () => String(args[i++]));
}

function register(name: string, body: TestBody, timeoutMs = 30_000): void {
  registered.push({ name: [...scope, name].join(' > '), body, timeoutMs });
}

function each(table: readonly unknown[]) {
  return (name: string, body: (...args: never[]) => unknown, timeoutMs?: number) => {
    for (const row of table) {
      const args: unknown[] = Array.isArray(row) ? (row as unknown[]) : [row];
      register(
        format(name, args),
        () => (body as (...a: unknown[]) => unknown)(...args),
        timeoutMs,
      );
    }
  };
}

export const it = Object.assign(register, { each });
export const test = it;

/** The outcome of one test, as sent back to the page. */
export interface TestOutcome {
  readonly name: string;
  readonly ok: boolean;
  readonly ms: number;
  readonly error?: string;
}

/** Runs every registered test one after another, reporting each as it finishes. */
export async function runRegisteredTests(
  report: (outcome: TestOutcome) => void,
): Promise<TestOutcome[]> {
  const outcomes: TestOutcome[] = [];
  for (const { name, body, timeoutMs } of registered) {
    const started = performance.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      await Promise.race([
        Promise.resolve().then(body),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
      outcomes.push({ name, ok: true, ms: performance.now() - started });
    } catch (error) {
      const message =
        error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
      outcomes.push({ name, ok: false, ms: performance.now() - started, error: message });
    } finally {
      clearTimeout(timer);
    }
    report(outcomes.at(-1)!);
  }
  return outcomes;
}
