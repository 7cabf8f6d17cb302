import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeBase58 } from '@pastenym/crypto';
import { AdmissionList, parseAdmittedKeys } from '../../src/node/admission-list.js';

const key = (byte: number) => encodeBase58(new Uint8Array(32).fill(byte));
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pastenym-admission-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('parseAdmittedKeys', () => {
  it('takes one key per line, with notes, comments, blank lines and CRLF', () => {
    const text = `# admitted\r\n${key(1)}\r\n\n  ${key(2)}  mix-2c on host B\n# ${key(3)}\n`;
    expect(parseAdmittedKeys(text, 'file')).toEqual(new Set([key(1), key(2)]));
  });

  it('names the first line that is not a 32-byte base58 key', () => {
    for (const bad of ['mix-2c', key(1).slice(0, 20), `${key(1)}0`, 'O'.repeat(44)]) {
      expect(() => parseAdmittedKeys(`${key(1)}\n${bad}\n`, 'admitted.txt')).toThrow(
        expect.objectContaining({
          code: 'mixnet.bad_config',
          message: expect.stringContaining('admitted.txt, line 2') as string,
        }),
      );
    }
  });
});

describe('AdmissionList', () => {
  it('admits the fixed keys and the file, re-reading the file only when it changed', async () => {
    const file = join(dir, 'list.txt');
    const list = new AdmissionList(file, new Set([key(9)]));
    expect(await list.refresh()).toBe(true); // no file yet: the fixed keys only
    expect([list.has(key(9)), list.has(key(1))]).toEqual([true, false]);
    expect(await list.refresh()).toBe(false);

    await writeFile(file, `${key(1)}\n`);
    expect(await list.refresh()).toBe(true);
    expect(list.has(key(1))).toBe(true);
    expect(await list.refresh()).toBe(false);
  });

  it('keeps the previous list when the file turns bad', async () => {
    const file = join(dir, 'turns-bad.txt');
    await writeFile(file, `${key(1)}\n`);
    const list = new AdmissionList(file);
    await list.refresh();
    await writeFile(file, `${key(1)}\n${key(2)}\nbroken\n`);
    await expect(list.refresh()).rejects.toMatchObject({ code: 'mixnet.bad_config' });
    expect([list.has(key(1)), list.has(key(2))]).toEqual([true, false]);
  });
});
