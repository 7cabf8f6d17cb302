// The command on the local network: an embedded mixnet client, found through the local
// mixnet's mixnet.json, talking to the paste service through three layers of mixes. The
// option-by-option matrix is in cli-mixnet-matrix.test.ts, on a stack of its own.
import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNodeCrypto } from '@pastenym/crypto/node';
import { generateClientKeys, MixnetClient } from '@pastenym/mixnet';
import { nodeWebSocket } from '@pastenym/mixnet/node';
import { EXIT } from '../src/index.js';
import { expectCleanFailure } from './support/cli-expectations.js';
import { memoryInput } from './support/memory-io.js';
import { useFileFixture } from './support/file-fixture.js';
import { startMixnetStack } from './support/mixnet-stack.js';

// A 10 MB paste both ways is ~13,000 Sphinx packets through five hops: run it on demand.
const LARGE = process.env.PASTENYM_CLI_LARGE === '1';

const stack = useFileFixture(() => startMixnetStack());

/** The last line of stderr, without progress redraws (to show errors in failures). */
const lastLine = (text: string) =>
  text
    .replaceAll('\u001b[K', '')
    .trimEnd()
    .split(/[\r\n]/)
    .pop() ?? '';

describe('pastenym on the local mixnet', () => {
  it('pings, creates, reads, burns and deletes with no daemon to start', async () => {
    const ping = await stack.run(['ping']);
    expect(ping.err).toBe('');
    expect(ping.code).toBe(EXIT.ok);

    const bytes = Uint8Array.of(0xff, 0x00, 0x0a, ...randomBytes(3000));
    const created = await stack.run(['create', '--burn', '--json'], { stdin: memoryInput(bytes) });
    expect(created.code).toBe(EXIT.ok);
    const { link, ownerToken } = created.json() as { link: string; ownerToken: string };
    const got = await stack.run(['get', link]);
    expect(got.code).toBe(EXIT.ok);
    expect(Buffer.from(got.stdout).equals(Buffer.from(bytes))).toBe(true);
    expectCleanFailure(await stack.run(['get', link]), EXIT.notFound, 'paste.not_found');

    const second = await stack.run(['create', 'to delete', '--json']);
    const other = second.json() as { link: string; ownerToken: string };
    expect(ownerToken).not.toBe(other.ownerToken);
    expect((await stack.run(['delete', other.link, '--token', other.ownerToken])).out).toBe(
      'deleted\n',
    );
    expectCleanFailure(await stack.run(['get', other.link]), EXIT.notFound, 'paste.not_found');
  }, 60_000);

  it('reads a v3 link with one request, no ping first', async () => {
    const created = await stack.run(['create', 'one round trip', '--json']);
    expect(created.code).toBe(EXIT.ok);
    const { link } = created.json() as { link: string };
    const before = stack.requestsHandled;
    const got = await stack.run(['get', link]);
    expect(got).toMatchObject({ code: EXIT.ok, out: 'one round trip' });
    expect(stack.requestsHandled - before).toBe(1);
    // A public paste's link has no key to tell its format: the ping comes first.
    const published = await stack.run(['create', 'in the open', '--public', '--json']);
    const open = (published.json() as { link: string }).link;
    const between = stack.requestsHandled;
    expect((await stack.run(['get', open, '--public'])).out).toBe('in the open');
    expect(stack.requestsHandled - between).toBe(2);
  }, 60_000);

  it('says a server is offline when no fragment of the reply comes within --ping-timeout', async () => {
    const created = await stack.run(['create', 'kept', '--json']);
    const { link } = created.json() as { link: string };
    // An address on the mixnet that nobody answers for: a client that joined and left.
    const crypto = createNodeCrypto();
    const gone = await MixnetClient.start({
      crypto,
      keys: generateClientKeys(crypto),
      directoryUrl: stack.mixnet.directoryUrl,
      directoryKey: stack.mixnet.directoryKey,
      connect: nodeWebSocket,
    });
    const silent = gone.address;
    gone.close();
    const offline = await stack.run(['get', link, '--server', silent, '--ping-timeout', '0.5']);
    expect(offline.code).toBe(EXIT.offline);
    expect(offline.err).toMatch(/^error \[cli\.offline\]: the server did not answer within 0\.5 s/);
  }, 60_000);

  it.runIf(LARGE)(
    'round-trips a 10 MB file with a progress bar',
    async () => {
      const data = randomBytes(10_000_000);
      await writeFile(join(stack.dir, 'large.bin'), data);
      const created = await stack.run(['create', '--file', 'large.bin', '--json'], {
        stderrTTY: true,
      });
      expect(created.code, lastLine(created.err)).toBe(EXIT.ok);
      expect(created.err).toMatch(/sending +\[[#-]+\] +\d+% [\d.]+ MiB \/ [\d.]+ MiB/);
      const { link } = created.json() as { link: string };
      const got = await stack.run(['get', link, '--out', 'out'], { stderrTTY: true });
      expect(got.code, lastLine(got.err)).toBe(EXIT.ok);
      expect(got.err).toMatch(/receiving +\[[#-]+\] +\d+%/);
      expect(Buffer.from(await readFile(join(stack.dir, 'out', 'large.bin'))).equals(data)).toBe(
        true,
      );
    },
    15 * 60_000,
  );
});
