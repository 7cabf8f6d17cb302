// `pastenym` against servers that speak v2 only: the double written from the v2 reference,
// and our own service forced to v2 (v3 dropped, v2 ping naming no v3).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePasteLink } from '@pastenym/paste-protocol';
import { EXIT } from '../src/index.js';
import { useFileFixture } from './support/file-fixture.js';
import { startLoopbackStack } from './support/loopback-stack.js';

const stack = useFileFixture(startLoopbackStack);

describe.each([
  ['the v2 server double', () => stack.v2DoubleAddress],
  ['our server forced to v2', () => stack.forcedV2Address],
])('pastenym against %s', (_name, address) => {
  const run = (argv: string[]) => stack.run([...argv, '--server', address()]);

  it('pings and names protocol 2 only', async () => {
    const result = await run(['ping']);
    expect(result.code).toBe(EXIT.ok);
    expect(result.out).toMatch(/\(protocols 2\)/);
  });

  it('creates and reads an encrypted paste, warning once about the weaker format', async () => {
    const created = await run(['create', 'ünïcödé over v2', '--instance', 'https://p.example']);
    expect(created.code).toBe(EXIT.ok);
    expect(
      created.err.match(/warning: this server speaks only the original Pastenym v2/g),
    ).toHaveLength(1);
    expect(created.err).toContain('no size padding');
    expect(created.err).toContain('no delete token');
    const link = parsePasteLink(created.out.trim())!;
    expect(link.pasteId).toMatch(/^[A-Za-z0-9_-]{8}$|^[A-Za-z0-9_-]{24}$/);
    expect(link.key).toMatch(/^[0-9a-z]{32}$/);
    const read = await run(['get', created.out.trim()]);
    expect(read.code).toBe(EXIT.ok);
    expect(read.out).toBe('ünïcödé over v2');
    expect(read.err.match(/warning: this server speaks only/g)).toHaveLength(1);
  });

  it('burns after the views asked for, with expiry, public and a file', async () => {
    await writeFile(join(stack.dir, 'v2-note.txt'), 'file body');
    const created = await run([
      'create',
      'public words',
      '--public',
      '--views',
      '2',
      '--expire',
      '1h',
      '--file',
      'v2-note.txt',
      '--json',
    ]);
    expect(created.code).toBe(EXIT.ok);
    const json = created.json();
    expect(json).toMatchObject({ format: 'v2', ownerToken: null, key: null });
    const id = json.pasteId as string;
    const out = join(stack.dir, `out-${id}`);
    const first = await run(['get', id, '--public', '--out', out, '--json']);
    expect(first.json()).toMatchObject({ text: 'public words', remainingViews: 1, format: 'v2' });
    const second = await run(['get', id, '--public', '--out', out, '--force', '--json']);
    expect(second.json()).toMatchObject({ remainingViews: 0 });
    const third = await run(['get', id, '--public', '--out', out, '--force']);
    expect(third.code).not.toBe(EXIT.ok);
    expect(third.err).toContain('paste.not_found');
  });

  it('refuses a password, which v2 cannot carry', async () => {
    await writeFile(join(stack.dir, 'v2-password'), 'a long password\n');
    const result = await run(['create', 'x', '--password-file', 'v2-password']);
    expect(result.code).not.toBe(EXIT.ok);
    expect(result.err).toContain('client.v2_unsupported');
  });
});
