// The command end to end, in process, through a real nym-client websocket API (127.0.0.1) and
// an in-memory mixnet to the real paste service.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePasteLink } from '@pastenym/paste-protocol';
import { EXIT } from '../src/index.js';
import { useFileFixture } from './support/file-fixture.js';
import { startLoopbackStack, type LoopbackStack } from './support/loopback-stack.js';
import { memoryInput } from './support/memory-io.js';

const stack = useFileFixture(startLoopbackStack);

/** A port nothing listens on (the OS chose it, then it was released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Creates a paste and returns its link and token (from --json). */
async function create(argv: string[], options: Parameters<LoopbackStack['run']>[1] = {}) {
  const result = await stack.run(['create', ...argv, '--json'], options);
  expect(result.err).toBe('');
  expect(result.code).toBe(EXIT.ok);
  const json = result.json();
  return { link: json.link as string, token: json.ownerToken as string, json };
}

describe('pastenym against a paste server over the nym-client API', () => {
  it('pings', async () => {
    const human = await stack.run(['ping']);
    expect(human.code).toBe(EXIT.ok);
    expect(human.out).toMatch(/^server \S+ answered in [\d.]+ s \(protocols 2, 3\)/);
    expect(human.out).toContain('largest paste 256.0 KiB');
    const json = await stack.run(['ping', '--json']);
    expect(json.json()).toMatchObject({
      ok: true,
      command: 'ping',
      server: { limits: { maxBundleBytes: 256 * 1024 }, pow: { difficulty: 8 } },
    });
  });

  it('creates a text paste and reads it back', async () => {
    const result = await stack.run([
      'create',
      'meet at noon',
      '--instance',
      'https://paste.example',
    ]);
    expect(result.code).toBe(EXIT.ok);
    const link = result.out.trim();
    expect(link).toMatch(/^https:\/\/paste\.example\/#\/[\w-]+&key=\w+$/);
    expect(result.err).toMatch(/^delete token: [\w-]+\n/);
    const got = await stack.run(['get', link]);
    expect(got.code).toBe(EXIT.ok);
    expect(got.out).toBe('meet at noon');
    expect(got.err).toBe('');
  });

  it('keeps every byte of stdin, binary or text', async () => {
    const samples = [
      new Uint8Array(randomBytes(5000)),
      Uint8Array.of(0xef, 0xbb, 0xbf, 0x61, 0x0d, 0x0a, 0x00, 0x62), // BOM, CRLF, NUL, no final newline
      Uint8Array.of(0xc3, 0x28), // invalid UTF-8
    ];
    for (const bytes of samples) {
      const { link } = await create([], { stdin: memoryInput(bytes, { chunkSize: 1000 }) });
      const got = await stack.run(['get', link]);
      expect(got.code).toBe(EXIT.ok);
      expect(Buffer.from(got.stdout).equals(Buffer.from(bytes))).toBe(true);
    }
  });

  it('reads "-" as stdin even without a pipe, and refuses an empty paste', async () => {
    const { link } = await create(['-'], { stdin: memoryInput('from stdin', { isTTY: true }) });
    expect((await stack.run(['get', link])).out).toBe('from stdin');
    const empty = await stack.run(['create'], { stdin: memoryInput('') });
    expect(empty.code).toBe(EXIT.usage);
    expect(empty.err).toMatch(/^error \[cli\.usage\]: nothing to paste/);
  });

  it('carries several files and never overwrites them silently', async () => {
    const a = new Uint8Array(randomBytes(3000));
    await writeFile(join(stack.dir, 'a.bin'), a);
    await writeFile(join(stack.dir, 'notes.md'), '# notes\n');
    const { link } = await create(['with files', '--file', 'a.bin', '-f', 'notes.md']);
    const out = join(stack.dir, 'out');
    const got = await stack.run(['get', link, '--out', 'out']);
    expect(got.code).toBe(EXIT.ok);
    expect(got.out).toBe('with files');
    expect(got.err).toContain(`saved ${join(out, 'a.bin')} (2.9 KiB)`);
    expect(Buffer.from(await readFile(join(out, 'a.bin'))).equals(Buffer.from(a))).toBe(true);
    expect(await readFile(join(out, 'notes.md'), 'utf8')).toBe('# notes\n');

    await writeFile(join(out, 'notes.md'), 'mine');
    const again = await stack.run(['get', link, '--out', 'out']);
    expect(again.code).toBe(EXIT.failure);
    expect(again.err).toMatch(
      /^error \[cli\.file_exists\]: refusing to overwrite a\.bin, notes\.md/,
    );
    expect(again.out).toBe('');
    expect(await readFile(join(out, 'notes.md'), 'utf8')).toBe('mine');

    const forced = await stack.run(['get', link, '--out', 'out', '--force']);
    expect(forced.code).toBe(EXIT.ok);
    expect(await readFile(join(out, 'notes.md'), 'utf8')).toBe('# notes\n');
  });

  it('burns after reading: the second read fails with exit 4', async () => {
    const { link, json } = await create(['secret', '--burn']);
    expect(json.maxViews).toBe(1);
    expect(link).toContain('&confirm=1');
    const first = await stack.run(['get', link]);
    expect(first.out).toBe('secret');
    expect(first.err).toContain('this was the last view');
    const second = await stack.run(['get', link]);
    expect(second.code).toBe(EXIT.notFound);
    expect(second.err).toMatch(/^error \[paste\.not_found\]: paste not found/);
    expect(second.err.split('\n')).toHaveLength(2);
  });

  it('saves under a new name rather than lose a burned paste', async () => {
    await mkdir(join(stack.dir, 'burned'));
    await writeFile(join(stack.dir, 'burned', 'a.txt'), 'mine');
    await writeFile(join(stack.dir, 'a.txt'), 'theirs');
    const { link } = await create(['--file', 'a.txt', '--burn']);
    const got = await stack.run(['get', link, '--out', 'burned']);
    expect(got.code).toBe(EXIT.failure);
    expect(got.err).toContain('error [cli.file_exists]');
    expect(await readFile(join(stack.dir, 'burned', 'a.txt'), 'utf8')).toBe('mine');
    expect(await readFile(join(stack.dir, 'burned', 'a (1).txt'), 'utf8')).toBe('theirs');
  });

  it('allows N views', async () => {
    const { link } = await create(['thrice', '--views', '3']);
    for (const left of [2, 1, 0]) {
      const got = await stack.run(['get', link, '--json']);
      expect(got.json()).toMatchObject({ ok: true, text: 'thrice', remainingViews: left });
    }
    expect((await stack.run(['get', link])).code).toBe(EXIT.notFound);
  });

  it('expires: a 5 minute paste is gone 6 minutes later; 10m falls back to 5m', async () => {
    const { link, json } = await create(['short', '--expire', '5m']);
    expect(json.expirySeconds).toBe(300);
    const rounded = await stack.run(['create', 'x', '--expire', '10m']);
    expect(rounded.code).toBe(EXIT.ok);
    expect(rounded.err).toContain('note: the server offers no 10m expiry; using 5m');
    stack.advance(6 * 60_000);
    const got = await stack.run(['get', link]);
    expect(got.code).toBe(EXIT.notFound);
    const never = await stack.run(['create', 'x', '--expire', 'never']);
    expect(never.code).toBe(EXIT.usage);
    expect(never.err).toContain('it offers 5m, 1h, 1d, 1w, 1mo, 1y');
  });

  it('protects with a password: right, wrong, missing, and a wrong key', async () => {
    const env = { PASTENYM_PASSWORD: 'correct horse' };
    const { link } = await create(['guarded', '--password'], { env });
    expect(link).toContain('&pw=1');
    expect((await stack.run(['get', link], { env })).out).toBe('guarded');

    const wrong = await stack.run(['get', link], { env: { PASTENYM_PASSWORD: 'battery' } });
    expect(wrong.code).toBe(EXIT.wrongKey);
    expect(wrong.err).toBe('error [format.wrong_password]: wrong password\n');

    const none = await stack.run(['get', link], { stdin: memoryInput('', { isTTY: false }) });
    expect(none.code).toBe(EXIT.usage);
    expect(none.err).toMatch(/^error \[cli\.no_password\]/);

    const parsed = parsePasteLink(link)!;
    const otherKey = await stack.run(['get', parsed.pasteId, '--key', '2'.repeat(44)], { env });
    expect(otherKey.code).toBe(EXIT.wrongKey);
    expect(otherKey.err).toMatch(/^error \[format\.wrong_key\]: wrong key/);

    await writeFile(join(stack.dir, 'pw.txt'), 'correct horse\nignored');
    const fromFile = await stack.run(['get', link, '--password-file', 'pw.txt']);
    expect(fromFile.out).toBe('guarded');
  });

  it('deletes with the token; a wrong token reads as not found', async () => {
    const { link, token } = await create(['to delete']);
    const wrong = await stack.run(['delete', link, '--token', 'A'.repeat(24)]);
    expect(wrong.code).toBe(EXIT.notFound);
    expect(wrong.err).toContain('or the delete token is wrong');
    const done = await stack.run(['delete', link, '--token', token, '--json']);
    expect(done.json()).toMatchObject({ ok: true, command: 'delete' });
    expect((await stack.run(['get', link])).code).toBe(EXIT.notFound);
  });

  it('creates and reads public pastes, and wants a key otherwise', async () => {
    const { link } = await create(['in the clear', '--public']);
    expect(link).not.toContain('key=');
    expect((await stack.run(['get', link])).code).toBe(EXIT.usage);
    expect((await stack.run(['get', link, '--public'])).out).toBe('in the clear');
  });

  it('reports errors as JSON too with --json', async () => {
    const result = await stack.run(['get', 'AAAAAAAAAAAA&key=2', '--json']);
    expect(result.code).toBe(EXIT.notFound);
    expect(result.json()).toEqual({
      ok: false,
      error: {
        exitCode: EXIT.notFound,
        code: 'paste.not_found',
        message: expect.any(String) as string,
      },
    });
  });

  it('says the limit when a paste is too large', async () => {
    await writeFile(join(stack.dir, 'big.bin'), randomBytes(300 * 1024));
    const result = await stack.run(['create', '--file', 'big.bin']);
    expect(result.code).toBe(EXIT.tooLarge);
    expect(result.err).toMatch(/^error \[cli\.too_large\]: .*at most 256\.0 KiB/);
  });

  it('exits 3 when the server is offline and 7 when the nym-client is unreachable', async () => {
    const offline = await stack.run([
      'ping',
      '--server',
      stack.silentAddress,
      '--ping-timeout',
      '0.3',
    ]);
    expect(offline.code).toBe(EXIT.offline);
    expect(offline.err).toMatch(
      /^error \[cli\.offline\]: the server did not answer a ping within 0\.3 s/,
    );
    const created = await stack.run([
      'create',
      'x',
      '--server',
      stack.silentAddress,
      '--ping-timeout',
      '0.3',
    ]);
    expect(created.code).toBe(EXIT.offline);
    const { link } = await create(['kept']);
    const get = await stack.run([
      'get',
      link,
      '--server',
      stack.silentAddress,
      '--ping-timeout',
      '0.3',
    ]);
    expect(get.code).toBe(EXIT.offline);
    expect(get.err).toMatch(
      /^error \[cli\.offline\]: the server did not answer a ping within 0\.3 s/,
    );
    const unreachable = await stack.run([
      'ping',
      '--nym-client',
      `ws://127.0.0.1:${await closedPort()}`,
    ]);
    expect(unreachable.code).toBe(EXIT.network);
    expect(unreachable.err).toMatch(
      /^error \[cli\.network\]: cannot reach the nym-client at ws:\/\/127\.0\.0\.1:\d+/,
    );
  });

  it('reads a v3 link with one request, and pings only when the reply is late', async () => {
    const { link } = await create(['read me']);
    const read = (pingTimeout: string) =>
      stack.run(['get', link, '--server', stack.slowAddress, '--ping-timeout', pingTimeout]);
    const seen = stack.slowServerOps.length;
    expect(await read('5')).toMatchObject({ code: EXIT.ok, out: 'read me' });
    expect(stack.slowServerOps.slice(seen)).toEqual(['get']);
    // The reply takes longer than the ping timeout: a ping finds the server there, and the
    // get goes on waiting for its reply.
    const late = stack.slowServerOps.length;
    expect(await read('0.3')).toMatchObject({ code: EXIT.ok, out: 'read me', err: '' });
    expect(stack.slowServerOps.slice(late)).toEqual(['get', 'ping']);
  });

  it('spreads requests over several servers and fails over from an offline one', async () => {
    const both = `${stack.silentAddress},${stack.serverAddress}`;
    // Whichever is drawn first, every command ends at the server that answers.
    for (let run = 0; run < 4; run++) {
      const ping = await stack.run(['ping', '--server', both, '--ping-timeout', '0.3']);
      expect(ping.code).toBe(EXIT.ok);
    }
    const created = await stack.run(['create', 'spread', '--json', '--ping-timeout', '0.3'], {
      env: { PASTENYM_SERVER: both },
    });
    expect(created.code).toBe(EXIT.ok);
    const link = created.json().link as string;
    const read = await stack.run([
      'get',
      link,
      '--server',
      stack.silentAddress,
      '--server',
      stack.serverAddress,
      '--timeout',
      '0.5',
    ]);
    expect(read).toMatchObject({ code: EXIT.ok, out: 'spread' });
    // Two offline servers: one retry, then the offline exit code.
    const offline = await stack.run([
      'ping',
      '--server',
      `${stack.silentAddress},${stack.silentAddress2}`,
      '--ping-timeout',
      '0.3',
    ]);
    expect(offline.code).toBe(EXIT.offline);
  });

  it('draws a progress bar on a terminal, and nothing otherwise', async () => {
    await writeFile(join(stack.dir, 'medium.bin'), randomBytes(100 * 1024));
    const tty = await stack.run(['create', '--file', 'medium.bin'], { stderrTTY: true });
    expect(tty.code).toBe(EXIT.ok);
    expect(tty.err).toContain('\r');
    for (const stage of [
      'contacting the server',
      'encrypting',
      'sending',
      'waiting for the reply',
    ]) {
      expect(tty.err).toContain(`\r${stage}`);
    }
    // The line is erased before the result is printed.
    expect(tty.err).toContain('\r\u001b[Kdelete token:');
    expect(tty.err).toContain('delete token:');
    const piped = await stack.run(['create', '--file', 'medium.bin']);
    expect(piped.err).not.toContain('\r');
    expect(await readdir(stack.dir)).toContain('medium.bin');
  });
});
