// `npm start` as a person runs it: `node scripts/start.mjs` from the repository root (npm
// passes what follows `--` on as is), in a process group of its own like a terminal's
// foreground job, so that "Ctrl-C" is SIGINT to the whole group.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** The last line of the banner: once printed, the stack is up. */
const BANNER_END = 'Ctrl-C stops everything';

export interface NpmStart {
  /** Everything printed so far on stdout and stderr (for failure messages). */
  output(): string;
  /** Resolves with stdout once the banner is printed; rejects if the stack exits first. */
  readonly banner: Promise<string>;
  /** The exit of the `npm start` process. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Ctrl-C: SIGINT to every process of the group. */
  interrupt(): void;
  /** True while any process of the group is alive. */
  groupAlive(): boolean;
  /** SIGKILL to the group (cleanup after a failure). */
  kill(): void;
}

/** The environment without the caller's PASTENYM_* settings, which would steer stack and CLI. */
export function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('PASTENYM_')),
  );
}

/** Starts `npm start -- ...args`; the banner must appear within `timeoutMs`. */
export function startNpmStart(args: readonly string[], timeoutMs: number): NpmStart {
  const child: ChildProcess = spawn(process.execPath, ['scripts/start.mjs', ...args], {
    cwd: REPO_ROOT,
    env: cleanEnv(),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid!;
  let stdout = '';
  let all = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    all += chunk;
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (all += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const banner = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no banner within ${timeoutMs} ms:\n${all}`)),
      timeoutMs,
    );
    const check = () => {
      if (!stdout.includes(BANNER_END)) return;
      clearTimeout(timer);
      resolve(stdout);
    };
    child.stdout!.on('data', check);
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited (${code ?? signal}) before its banner:\n${all}`));
    });
  });
  const signalGroup = (signal: NodeJS.Signals | 0) => {
    try {
      process.kill(-pid, signal);
      return true;
    } catch {
      return false; // ESRCH: no process left in the group
    }
  };
  return {
    output: () => all,
    banner,
    exited,
    interrupt: () => void signalGroup('SIGINT'),
    groupAlive: () => signalGroup(0),
    kill: () => void signalGroup('SIGKILL'),
  };
}

/** What the banner tells a person: the page, and the two CLI commands to try. */
export interface Banner {
  readonly webUrl: string;
  readonly create: string;
  readonly get: string;
}

/** @throws {Error} naming the line it could not find. */
export function parseBanner(text: string): Banner {
  const find = (pattern: RegExp, what: string) => {
    const match = pattern.exec(text);
    if (!match?.[1]) throw new Error(`the banner has no ${what}:\n${text}`);
    return match[1];
  };
  return {
    webUrl: find(/^ {2}web app +(http\S+)$/m, 'web app line'),
    create: find(/^ {2}(echo .*\| npx pastenym create.*)$/m, 'create example'),
    get: find(/^ {2}(npx pastenym get .*)$/m, 'get example'),
  };
}

/** Runs one command line through bash from the repository root, as a person would paste it. */
export function runInShell(
  line: string,
  timeoutMs: number,
): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      'bash',
      ['-c', line],
      { cwd: REPO_ROOT, env: cleanEnv(), timeout: timeoutMs, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`\`${line}\` failed: ${error.message}\n${stderr}`));
        else resolve({ stdout, stderr });
      },
    );
  });
}
