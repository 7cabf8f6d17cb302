import { lstat, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readAttachments } from '../src/node/read-files.js';
import { checkOutputDir, saveAttachments } from '../src/node/save-files.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pastenym-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const file = (name: string, text: string) => ({
  name,
  type: 'text/plain',
  data: new TextEncoder().encode(text),
});
const keep = { force: false, renameOnConflict: false };

describe('saveAttachments', () => {
  it('saves under safe names into a new directory', async () => {
    const out = join(dir, 'new', 'deeper');
    const saved = await saveAttachments([file('../up.txt', 'a'), file('up.txt', 'b')], out, keep);
    expect(saved.map((s) => s.name)).toEqual(['up.txt', 'up (2).txt']);
    expect(await readFile(join(out, 'up (2).txt'), 'utf8')).toBe('b');
    expect(await readdir(dir)).toEqual(['new']);
  });

  it('refuses to overwrite and then writes nothing at all', async () => {
    await writeFile(join(dir, 'b.txt'), 'mine');
    await expect(
      saveAttachments([file('a.txt', 'new'), file('b.txt', 'new')], dir, keep),
    ).rejects.toMatchObject({
      code: 'cli.file_exists',
      message: expect.stringMatching(/refusing to overwrite b\.txt .*nothing was saved/) as string,
    });
    expect((await readdir(dir)).sort()).toEqual(['b.txt']);
    expect(await readFile(join(dir, 'b.txt'), 'utf8')).toBe('mine');
  });

  it('does not write through a symbolic link, even a dangling one', async () => {
    await symlink(join(dir, 'target'), join(dir, 'link.txt'));
    await expect(saveAttachments([file('link.txt', 'x')], dir, keep)).rejects.toMatchObject({
      code: 'cli.file_exists',
    });
    await expect(lstat(join(dir, 'target'))).rejects.toThrow();
    await saveAttachments([file('link.txt', 'x')], dir, { force: true, renameOnConflict: false });
    expect((await lstat(join(dir, 'link.txt'))).isSymbolicLink()).toBe(false);
    await expect(lstat(join(dir, 'target'))).rejects.toThrow();
  });

  it('overwrites with force', async () => {
    await writeFile(join(dir, 'a.txt'), 'old');
    await saveAttachments([file('a.txt', 'new')], dir, { force: true, renameOnConflict: false });
    expect(await readFile(join(dir, 'a.txt'), 'utf8')).toBe('new');
  });

  it('saves under a free name when refusing would lose the paste', async () => {
    await writeFile(join(dir, 'a.txt'), 'old');
    await writeFile(join(dir, 'a (1).txt'), 'older');
    const saved = await saveAttachments([file('a.txt', 'new')], dir, {
      force: false,
      renameOnConflict: true,
    });
    expect(saved).toMatchObject([{ name: 'a (2).txt', wanted: 'a.txt', size: 3 }]);
    expect(await readFile(join(dir, 'a.txt'), 'utf8')).toBe('old');
    expect(await readFile(join(dir, 'a (2).txt'), 'utf8')).toBe('new');
  });

  it('refuses an output path that is a file, before anything is fetched', async () => {
    await writeFile(join(dir, 'f'), '');
    await expect(checkOutputDir(join(dir, 'f'))).rejects.toMatchObject({ code: 'cli.unwritable' });
    await expect(checkOutputDir(join(dir, 'missing'))).resolves.toBeUndefined();
  });
});

describe('readAttachments', () => {
  it('reads files with their names and media types', async () => {
    await mkdir(join(dir, 'sub'));
    await writeFile(join(dir, 'sub', 'pic.png'), Uint8Array.of(1, 2, 3));
    expect(await readAttachments(['sub/pic.png'], dir, 100)).toEqual([
      { name: 'pic.png', type: 'image/png', data: Uint8Array.of(1, 2, 3) },
    ]);
  });

  it('refuses missing files, directories, and too much in total', async () => {
    await expect(readAttachments(['nope.txt'], dir, 100)).rejects.toMatchObject({
      code: 'cli.unreadable',
      message: 'cannot read nope.txt: no such file',
    });
    await expect(readAttachments(['.'], dir, 100)).rejects.toMatchObject({
      code: 'cli.unreadable',
    });
    await writeFile(join(dir, 'a'), new Uint8Array(60));
    await writeFile(join(dir, 'b'), new Uint8Array(60));
    await expect(readAttachments(['a', 'b'], dir, 100)).rejects.toMatchObject({
      code: 'cli.too_large',
      message: 'the files add up to 120 B; a paste holds at most 100 B',
    });
  });
});
