import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError, usageError } from '../errors.js';
import type { CliInput, CliOutput } from '../io.js';

/** Where a password may come from, in order: a file, the environment, the terminal. */
export interface PasswordSources {
  readonly file?: string | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdin: CliInput;
  readonly stderr: CliOutput;
  readonly cwd: string;
}

/**
 * The password for a paste, never from the command line (argv is visible to other users of
 * the machine): `--password-file` (its first line), else `PASTENYM_PASSWORD`, else a prompt
 * on the terminal without echo (`confirm` asks twice, for new pastes).
 * @throws {CliError} `cli.no_password` when there is no terminal to ask on,
 *   `cli.usage` for an empty password or a mismatch, `cli.interrupted` on Ctrl-C.
 */
export async function obtainPassword(sources: PasswordSources, confirm: boolean): Promise<string> {
  if (sources.file !== undefined) return passwordFromFile(resolve(sources.cwd, sources.file));
  const fromEnv = sources.env.PASTENYM_PASSWORD;
  if (fromEnv) return fromEnv;
  if (!sources.stdin.isTTY || !sources.stdin.setRawMode) {
    throw new CliError(
      'cli.no_password',
      'a password is needed and stdin is not a terminal: use --password-file or PASTENYM_PASSWORD',
    );
  }
  const keys = new KeyReader(sources.stdin);
  const password = await promptHidden(sources.stdin, sources.stderr, 'Password: ', keys);
  if (password === '') throw usageError('empty password');
  const again = confirm
    ? await promptHidden(sources.stdin, sources.stderr, 'Repeat password: ', keys)
    : password;
  if (again !== password) {
    throw usageError('the passwords do not match');
  }
  return password;
}

async function passwordFromFile(path: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new CliError(
      'cli.unreadable',
      `cannot read the password file: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
  const line = text.split(/\r?\n/, 1)[0] ?? '';
  if (line === '') throw usageError('the password file starts with an empty line');
  return line;
}

/** Keys typed on a terminal, read across several prompts (type-ahead is kept). */
export class KeyReader {
  readonly #iterator: AsyncIterator<Uint8Array | string>;
  #pending: string[] = [];

  constructor(input: CliInput) {
    this.#iterator = input[Symbol.asyncIterator]();
  }

  /** The next key, or undefined at the end of input. */
  async next(): Promise<string | undefined> {
    while (this.#pending.length === 0) {
      const chunk = await this.#iterator.next();
      if (chunk.done) return undefined;
      const text =
        typeof chunk.value === 'string' ? chunk.value : new TextDecoder().decode(chunk.value);
      this.#pending = [...text];
    }
    return this.#pending.shift();
  }
}

/**
 * Reads a line from a terminal in raw mode, echoing nothing. Backspace edits; Enter or Ctrl-D
 * ends; Ctrl-C aborts.
 * @throws {CliError} `cli.interrupted` on Ctrl-C.
 */
export async function promptHidden(
  input: CliInput,
  output: CliOutput,
  prompt: string,
  keys = new KeyReader(input),
): Promise<string> {
  await output.write(prompt);
  input.setRawMode?.(true);
  let typed = '';
  try {
    for (;;) {
      const key = await keys.next();
      if (key === undefined || key === '\r' || key === '\n' || key === '\u0004') return typed;
      if (key === '\u0003') throw new CliError('cli.interrupted', 'interrupted');
      if (key === '\u007f' || key === '\b') typed = [...typed].slice(0, -1).join('');
      else if (key >= ' ') typed += key;
    }
  } finally {
    input.setRawMode?.(false);
    await output.write('\n');
  }
}
