// The benchmark's clients run the `pastenym` command itself (in process, through its public
// `runCli`), so the figures are what a user of the command sees, whatever the command does
// inside: join or connect, ping, then the request, with the command's own reply-block counts.
// The `library` kind is a long-lived program instead (a script, the web app): it joins and
// pings once, so its figures are those of the path alone.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, type CliInput, type CliIo, type CliOutput } from '@pastenym/cli';
import type { CryptoProvider } from '@pastenym/crypto';
import { initClient, startDaemon } from '@pastenym/nym-client';
import { formatPasteLink, parsePasteLink } from '@pastenym/paste-protocol';
import { openEmbeddedClient } from '../src/chaos/embedded-client.js';
import { StackError } from '../src/errors.js';
import type { BenchStack } from './e2e-stack.js';

/**
 * `cli`: the command's embedded mixnet client (fresh keys per command, as users run it);
 * `nym-client`: the command through a nym-client stand-in of its own, started once;
 * `library`: one mixnet client and one `PasteClient` kept open, as a program using the toolkit.
 */
export type ClientKind = 'cli' | 'nym-client' | 'library';

/** One benchmark client: a user running `pastenym create` and `pastenym get`. */
export interface BenchClient {
  /** Creates a paste of `content`; resolves with its link. */
  create(content: Uint8Array): Promise<string>;
  /** Reads a paste; resolves with its content. */
  get(link: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

/**
 * Opens a client of `kind` on `stack`, the `index`-th of the run (nym-client stand-ins take
 * turns between the gateways).
 * @throws {StackError} `stack.bench_failed` from `create` or `get` when the command fails
 */
export async function openBenchClient(
  kind: ClientKind,
  stack: BenchStack,
  index: number,
  crypto: CryptoProvider,
): Promise<BenchClient> {
  if (kind === 'library') return libraryClient(stack, index, crypto);
  const flags = ['--data-dir', stack.dataDir];
  if (kind === 'cli') return commandClient(flags, crypto, () => Promise.resolve());
  const dir = await mkdtemp(join(tmpdir(), 'pastenym-bench-nym-client-'));
  const id = `bench-${index}`;
  await initClient(crypto, dir, id, {
    directoryUrl: stack.directoryUrl,
    directoryKey: stack.directoryKey,
    gateway: stack.gateways[index % stack.gateways.length]!,
  });
  const daemon = await startDaemon({ id, dataDir: dir, port: 0 });
  return commandClient([...flags, '--nym-client', daemon.url], crypto, async () => {
    await daemon.close();
    await rm(dir, { recursive: true, force: true });
  });
}

const PASTE_FILE = 'bench.bin';
const LINK_BASE = 'https://paste.invalid';

async function libraryClient(
  stack: BenchStack,
  index: number,
  crypto: CryptoProvider,
): Promise<BenchClient> {
  const embedded = await openEmbeddedClient({
    crypto,
    directoryUrl: stack.directoryUrl,
    directoryKey: stack.directoryKey,
    gateway: stack.gateways[index % stack.gateways.length]!,
    server: stack.serverAddress,
    timeoutMs: 120_000,
  });
  const { paste } = embedded;
  // Once, as a long-lived program does: the server's limits and price hold for every create.
  await paste.ping();
  return {
    async create(content) {
      const attachments = [{ name: PASTE_FILE, type: 'application/octet-stream', data: content }];
      const { pasteId, key } = await paste.createPaste(
        { text: '', attachments },
        { expirySeconds: 86_400 },
      );
      const link = { pasteId, passwordRequired: false, confirmBeforeOpening: false };
      return formatPasteLink(LINK_BASE, key === null ? link : { ...link, key });
    },
    async get(link) {
      const { pasteId, key } = parsePasteLink(link)!;
      const { content } = await paste.getPaste(pasteId, key === undefined ? {} : { key });
      const file = content.attachments.find((attachment) => attachment.name === PASTE_FILE);
      if (!file) throw new StackError('stack.bench_failed', 'a paste read back has no content');
      return file.data;
    },
    close: () => Promise.resolve(embedded.close()),
  };
}

function commandClient(
  flags: readonly string[],
  crypto: CryptoProvider,
  close: () => Promise<void>,
): BenchClient {
  const run = async (argv: readonly string[], stdin: Uint8Array) => {
    const stdout = capture();
    const stderr = capture();
    const io: CliIo = {
      stdin: input(stdin),
      stdout,
      stderr,
      env: {},
      cwd: tmpdir(),
      clock: {
        now: () => Date.now(),
        setTimeout: (callback, ms) => setTimeout(callback, ms),
        clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
      },
    };
    const code = await runCli([...argv, ...flags], io, { crypto });
    if (code !== 0) {
      // The command's error line carries a stable code and no paste id or key.
      const reason = /error \[[^\]]+\]/.exec(stderr.text())?.[0] ?? `exit code ${code}`;
      throw new StackError('stack.bench_failed', `pastenym ${argv[0]} failed: ${reason}`);
    }
    return stdout.bytes();
  };
  return {
    async create(content) {
      const out = await run(['create', '--json'], content);
      return (JSON.parse(new TextDecoder().decode(out)) as { link: string }).link;
    },
    get: (link) => run(['get', link], new Uint8Array(0)),
    close,
  };
}

function input(bytes: Uint8Array): CliInput {
  return {
    isTTY: false,
    async *[Symbol.asyncIterator]() {
      await Promise.resolve();
      yield bytes;
    },
  };
}

function capture(): CliOutput & { bytes(): Uint8Array; text(): string } {
  const chunks: Uint8Array[] = [];
  return {
    isTTY: false,
    write(chunk) {
      chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk.slice());
      return Promise.resolve();
    },
    bytes: () => Buffer.concat(chunks),
    text: () => Buffer.concat(chunks).toString('utf8'),
  };
}
