import fc from 'fast-check';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { obtainPassword, promptHidden } from '../src/node/password.js';
import { readAllInput } from '../src/node/stdin.js';
import { capturedOutput, memoryInput } from './support/memory-io.js';

describe('readAllInput', () => {
  it('keeps every byte, whatever the chunking', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 2000 }),
        fc.integer({ min: 1, max: 300 }),
        async (bytes, size) => {
          const read = await readAllInput(memoryInput(bytes, { chunkSize: size }), 10_000);
          expect(Buffer.from(read).equals(Buffer.from(bytes))).toBe(true);
        },
      ),
    );
  });

  it('stops past the limit and says it', async () => {
    await expect(
      readAllInput(memoryInput(new Uint8Array(2048), { chunkSize: 100 }), 1024),
    ).rejects.toMatchObject({
      code: 'cli.too_large',
      message: 'stdin is larger than 1.0 KiB, the most a paste can hold',
    });
  });
});

/** A terminal on which `keys` are typed, chunk by chunk. */
function terminal(...keys: string[]) {
  const raw: boolean[] = [];
  const input = {
    isTTY: true,
    setRawMode: (mode: boolean) => raw.push(mode),
    async *[Symbol.asyncIterator]() {
      for (const key of keys) yield await Promise.resolve(new TextEncoder().encode(key));
    },
  };
  return { input, raw };
}

describe('passwords', () => {
  it('reads a line without echo, with backspace, restoring the terminal', async () => {
    const { input, raw } = terminal('se', 'x\u007fcr', 'et\rleft over');
    const output = capturedOutput(true);
    expect(await promptHidden(input, output, 'Password: ')).toBe('secret');
    expect(output.text()).toBe('Password: \n');
    expect(raw).toEqual([true, false]);
  });

  it('aborts on Ctrl-C, still restoring the terminal', async () => {
    const { input, raw } = terminal('ab\u0003');
    await expect(promptHidden(input, capturedOutput(true), 'P: ')).rejects.toMatchObject({
      code: 'cli.interrupted',
    });
    expect(raw).toEqual([true, false]);
  });

  it('asks twice for a new password and refuses a mismatch', async () => {
    const base = { env: {}, stderr: capturedOutput(true), cwd: '/' };
    expect(await obtainPassword({ ...base, stdin: terminal('pw\r', 'pw\r').input }, true)).toBe(
      'pw',
    );
    await expect(
      obtainPassword({ ...base, stdin: terminal('pw\r', 'wp\r').input }, true),
    ).rejects.toMatchObject({
      code: 'cli.usage',
      message: 'the passwords do not match',
    });
  });

  it('takes a file first, then the environment, and never guesses without a terminal', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pastenym-pw-'));
    try {
      await writeFile(join(dir, 'pw'), 'from file\r\nsecond line');
      const base = { stderr: capturedOutput(), cwd: dir, stdin: memoryInput('') };
      const env = { PASTENYM_PASSWORD: 'from env' };
      expect(await obtainPassword({ ...base, env, file: 'pw' }, true)).toBe('from file');
      expect(await obtainPassword({ ...base, env }, true)).toBe('from env');
      await expect(obtainPassword({ ...base, env: {} }, false)).rejects.toMatchObject({
        code: 'cli.no_password',
      });
      await writeFile(join(dir, 'empty'), '\nx');
      await expect(obtainPassword({ ...base, env, file: 'empty' }, false)).rejects.toMatchObject({
        code: 'cli.usage',
      });
      await expect(obtainPassword({ ...base, env, file: 'missing' }, false)).rejects.toMatchObject({
        code: 'cli.unreadable',
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
