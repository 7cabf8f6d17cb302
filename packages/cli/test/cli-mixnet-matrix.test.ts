// Every paste option of the command on the local network: an embedded mixnet client talking to
// the paste service through three layers of mixes. The stack has its own OS-chosen ports and
// directory, so it runs beside cli-mixnet.test.ts without clashing.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../src/index.js';
import { expectCleanFailure } from './support/cli-expectations.js';
import { memoryInput, type IoOptions } from './support/memory-io.js';
import { useFileFixture } from './support/file-fixture.js';
import { startMixnetStack } from './support/mixnet-stack.js';

// Each case is a handful of commands, each a fresh mixnet client: seconds on the fast profile.
const CASE_TIMEOUT = 30_000;

const stack = useFileFixture(() => startMixnetStack());

/** What `create --json` prints. */
interface CreatedPaste {
  readonly link: string;
  readonly pasteId: string;
  readonly key: string;
  readonly expirySeconds: number;
  readonly maxViews: number | null;
}

async function create(argv: readonly string[], options: Partial<IoOptions> = {}) {
  const result = await stack.run(['create', ...argv, '--json'], options);
  expect(result.code, result.err).toBe(EXIT.ok);
  return result.json() as unknown as CreatedPaste;
}

describe('pastenym on the local mixnet, option by option', () => {
  it(
    'creates a text paste from an argument and reads it back',
    async () => {
      const created = await stack.run(['create', 'meet at noon, ünïcödé']);
      expect(created.code, created.err).toBe(EXIT.ok);
      const link = created.out.trim();
      expect(link).toMatch(/#\/[\w-]+&key=\w+$/);
      expect(created.err).toMatch(/^delete token: [\w-]+\n/);
      const got = await stack.run(['get', link]);
      expect(got).toMatchObject({ code: EXIT.ok, out: 'meet at noon, ünïcödé', err: '' });
    },
    CASE_TIMEOUT,
  );

  it(
    'carries several files into --out with their names and bytes',
    async () => {
      const files = {
        'data.bin': new Uint8Array([0x00, 0xff, 0x0d, 0x0a, ...randomBytes(4000)]),
        'notes.md': new TextEncoder().encode('# notes\r\nno final newline'),
        'résumé 2.txt': new TextEncoder().encode('accents and a space'),
      };
      await mkdir(join(stack.dir, 'attach'));
      for (const [name, data] of Object.entries(files)) {
        await writeFile(join(stack.dir, 'attach', name), data);
      }
      const { link } = await create([
        'three files',
        ...Object.keys(files).flatMap((name) => ['--file', join('attach', name)]),
      ]);
      const got = await stack.run(['get', link, '--out', 'received']);
      expect(got.code, got.err).toBe(EXIT.ok);
      expect(got.out).toBe('three files');
      const out = join(stack.dir, 'received');
      expect((await readdir(out)).sort()).toEqual(Object.keys(files).sort());
      for (const [name, data] of Object.entries(files)) {
        expect(got.err).toContain(`saved ${join(out, name)} (`);
        expect(Buffer.from(await readFile(join(out, name))).equals(Buffer.from(data))).toBe(true);
      }
    },
    CASE_TIMEOUT,
  );

  it(
    'allows exactly N views, then reports not found',
    async () => {
      const { link, maxViews } = await create(['twice', '--views', '2']);
      expect(maxViews).toBe(2);
      const first = await stack.run(['get', link]);
      expect(first).toMatchObject({ code: EXIT.ok, out: 'twice', err: '' });
      const last = await stack.run(['get', link]);
      expect(last).toMatchObject({ code: EXIT.ok, out: 'twice' });
      expect(last.err).toContain('this was the last view');
      expectCleanFailure(await stack.run(['get', link]), EXIT.notFound, 'paste.not_found');
    },
    CASE_TIMEOUT,
  );

  it(
    "expires on the server's clock: read before, not found after",
    async () => {
      const { link, expirySeconds } = await create(['short-lived', '--expire', '5m']);
      expect(expirySeconds).toBe(300);
      const before = await stack.run(['get', link, '--json']);
      expect(before.code, before.err).toBe(EXIT.ok);
      const { expiresIn } = before.json() as { expiresIn: number };
      expect(expiresIn).toBeGreaterThan(0);
      expect(expiresIn).toBeLessThanOrEqual(300);
      stack.advance(6 * 60_000);
      expectCleanFailure(await stack.run(['get', link]), EXIT.notFound, 'paste.not_found');
    },
    CASE_TIMEOUT,
  );

  it(
    'protects with a password: right opens, wrong and missing fail distinctly',
    async () => {
      const env = { PASTENYM_PASSWORD: 'correct horse' };
      const { link, pasteId, key } = await create(['guarded', '--password'], { env });
      expect(link).toContain('&pw=1');
      expect(await stack.run(['get', link], { env })).toMatchObject({
        code: EXIT.ok,
        out: 'guarded',
      });

      const wrong = await stack.run(['get', link], { env: { PASTENYM_PASSWORD: 'battery' } });
      expectCleanFailure(wrong, EXIT.wrongKey, 'format.wrong_password');
      expect(wrong.err).toBe('error [format.wrong_password]: wrong password\n');

      // The link says a password is needed: asked for before anything is fetched.
      const piped = await stack.run(['get', link], { stdin: memoryInput('', { isTTY: false }) });
      expectCleanFailure(piped, EXIT.usage, 'cli.no_password');
      expect(piped.err).toContain('use --password-file or PASTENYM_PASSWORD');

      // A bare id and key do not say so: the paste itself does.
      const bare = await stack.run(['get', pasteId, '--key', key]);
      expectCleanFailure(bare, EXIT.wrongKey, 'format.password_required');
      expect(bare.err).toContain('pass --password');
    },
    CASE_TIMEOUT,
  );

  it(
    'reads with the key given apart from the id, and refuses without one',
    async () => {
      const { link, pasteId, key } = await create(['split key']);
      expect(link).toContain(`${pasteId}&key=${key}`);
      expect(await stack.run(['get', pasteId, '--key', key])).toMatchObject({
        code: EXIT.ok,
        out: 'split key',
        err: '',
      });
      const keyless = await stack.run(['get', pasteId]);
      expectCleanFailure(keyless, EXIT.usage, 'cli.usage');
      expect(keyless.err).toContain('pass --key KEY');
      const otherKey = await stack.run(['get', pasteId, '--key', '2'.repeat(44)]);
      expectCleanFailure(otherKey, EXIT.wrongKey, 'format.wrong_key');
    },
    CASE_TIMEOUT,
  );

  it(
    'prints get results and failures as JSON',
    async () => {
      const { link, pasteId } = await create(['as json', '--views', '3']);
      const got = await stack.run(['get', link, '--json']);
      expect(got.code, got.err).toBe(EXIT.ok);
      expect(got.err).toBe('');
      expect(got.json()).toMatchObject({
        ok: true,
        command: 'get',
        pasteId,
        text: 'as json',
        attachments: [],
        remainingViews: 2,
        serverHonoursOptions: true,
      });

      const missing = await stack.run(['get', `${'A'.repeat(12)}&key=2`, '--json']);
      expect(missing.code).toBe(EXIT.notFound);
      expect(missing.json()).toEqual({
        ok: false,
        error: {
          exitCode: EXIT.notFound,
          code: 'paste.not_found',
          message: expect.stringMatching(/^paste not found/) as string,
        },
      });
    },
    CASE_TIMEOUT,
  );
});
