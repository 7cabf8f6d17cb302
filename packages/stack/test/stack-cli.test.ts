// The stack's command lines (`npm start`, `test:chaos`): each reads one option table, and a
// bad option is a usage error (exit 2) before anything starts.
import { describe, expect, it, vi } from 'vitest';
import { CHAOS_HELP, runChaosCli } from '../src/chaos/cli.js';
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

describe('test:chaos options', () => {
  it('answers a bad option with exit 2 and its help with 0, from the same table', async () => {
    const quiet = [
      vi.spyOn(console, 'error').mockImplementation(() => {}),
      vi.spyOn(console, 'log').mockImplementation(() => {}),
    ];
    try {
      for (const argv of [['--scenario', 'floods'], ['--bogus'], ['kills']]) {
        expect(await runChaosCli(argv)).toBe(2);
      }
      expect(await runChaosCli(['--help'])).toBe(0);
    } finally {
      for (const spy of quiet) spy.mockRestore();
    }
    expect(CHAOS_HELP).toMatch(/--scenario NAME +kills or heavy \(default kills\)/);
    expect(CHAOS_HELP).toMatch(/--short +the short run/);
  });
});
