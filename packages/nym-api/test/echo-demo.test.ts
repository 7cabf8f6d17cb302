import { expect, it } from 'vitest';
import { runEchoDemo } from '../examples/echo/demo.js';

it('the echo example runs end to end over the loopback network', async () => {
  const lines: string[] = [];
  expect(await runEchoDemo('ping ✓', (line) => lines.push(line))).toBe('ping ✓');
  expect(lines).toEqual([
    'sent "ping ✓", got back "ping ✓"',
    'the service answered 1 message(s) without learning who asked',
  ]);
});
