import { afterAll, beforeAll } from 'vitest';

/**
 * Something a whole test file shares: started in `beforeAll`, closed in `afterAll`. The object
 * returned stands for it inside the tests (each property is read from the started one).
 */
export function useFileFixture<T extends { close(): Promise<void> }>(
  start: () => Promise<T>,
): Omit<T, 'close'> {
  let started: T | undefined;
  beforeAll(async () => {
    started = await start();
  }, 60_000);
  afterAll(() => started?.close(), 60_000);
  return new Proxy({} as T, {
    get(_, key): unknown {
      if (!started) throw new Error('the test fixture is not started');
      const value: unknown = Reflect.get(started, key);
      return typeof value === 'function' ? (value as () => unknown).bind(started) : value;
    },
  });
}
