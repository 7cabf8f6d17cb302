// `npm start`'s command line: its options come from one table, and a bad one is a usage error
// (exit 2 in scripts/start.mjs) before anything starts.
import { describe, expect, it, vi } from 'vitest';
import { HELP, runStackCli } from '../src/index.js';

describe('npm start options', () => {
  it('refuses an unknown option, a bad value and a stray argument before starting anything', async () => {
    for (const argv of [['--bogus'], ['--port', '99999'], ['--profile', 'slow'], ['extra']]) {
      await expect(runStackCli(argv, '/nonexistent')).rejects.toMatchObject({
        code: 'stack.usage',
      });
    }
  });

  it('prints help generated from its table, every option with its default', async () => {
    const printed = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      await expect(runStackCli(['--help'], '/nonexistent')).resolves.toBe(0);
      expect(printed).toHaveBeenCalledWith(HELP);
    } finally {
      printed.mockRestore();
    }
    for (const line of [
      /--profile fast\|nym .*\(default fast\)/,
      /--data-dir DIR .*\(default data\)/,
      /--port N .*\(default 8080\)/,
      /--mixnet-base-port N .*\(default 9000\)/,
      /--nym-client-port N .*\(default 1977\)/,
      /--web-root DIR .*\(default packages\/web\/dist\/app\)/,
    ]) {
      expect(HELP).toMatch(line);
    }
  });
});
