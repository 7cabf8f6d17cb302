import { isAbsolute, relative } from 'node:path';

/**
 * The `pastenym` CLI's own defaults (packages/cli): it finds the stack through
 * `./data/server.json` and `./data/mixnet/mixnet.json`, and its links point at this page.
 */
const CLI_DEFAULT_DATA_DIR = 'data';
const CLI_DEFAULT_INSTANCE = 'http://127.0.0.1:8080';

/** The two commands the banner prints, to run from the repository root. */
export interface CliExample {
  readonly create: string;
  readonly get: string;
}

/**
 * The CLI example for a running stack: bare with the default data dir and port, otherwise
 * with the `--data-dir` and `--instance` the CLI needs to find this stack and link to its page.
 * @example cliExample('/repo', '/repo/data', 'http://127.0.0.1:8080').create
 *   // 'echo "hello through the mixnet" | npx pastenym create'
 */
export function cliExample(repoRoot: string, dataDir: string, webUrl: string): CliExample {
  // The CLI resolves --data-dir against its working directory, the repository root here.
  const fromRoot = relative(repoRoot, dataDir);
  const insideRoot = fromRoot !== '' && !fromRoot.startsWith('..') && !isAbsolute(fromRoot);
  const dirFlag =
    fromRoot === CLI_DEFAULT_DATA_DIR
      ? ''
      : ` --data-dir ${shellWord(insideRoot ? fromRoot : dataDir)}`;
  const instanceFlag = webUrl === CLI_DEFAULT_INSTANCE ? '' : ` --instance ${shellWord(webUrl)}`;
  return {
    create: `echo "hello through the mixnet" | npx pastenym create${dirFlag}${instanceFlag}`,
    get: `npx pastenym get${dirFlag} '<the link it prints>'`,
  };
}

/** `text` as one word for a POSIX shell: as is when safe, else single-quoted. */
export function shellWord(text: string): string {
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`;
}
