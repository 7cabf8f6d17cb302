// Starts the benchmark's users in a few child processes and speaks to them over IPC.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FromUsers, ToUsers, UserProcessConfig } from './user-process.js';

/** Processes the users are spread over (each one more thread of Sphinx work). */
const PROCESSES = Number(process.env.ANONYMITY_USER_PROCESSES ?? 4);
const SCRIPT = fileURLToPath(new URL('./user-process.js', import.meta.url));

/** The users, running. */
export interface UserProcesses {
  /** Has every user send during the window (epoch ms); resolves with (id, epoch ms) sent. */
  sendDuring(from: number, to: number): Promise<(readonly [string, number])[]>;
  stop(): Promise<void>;
}

/** Starts `users` users over up to {@link PROCESSES} processes; resolves when all connected. */
export async function startUserProcesses(
  config: Omit<UserProcessConfig, 'firstUser'>,
): Promise<UserProcesses> {
  const count = Math.min(PROCESSES, config.users);
  const children: ChildProcess[] = [];
  const next = (child: ChildProcess) =>
    new Promise<FromUsers>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`user process exited (${code})`));
      child.once('exit', onExit);
      child.once('message', (message: FromUsers) => {
        child.off('exit', onExit);
        resolve(message);
      });
    });
  const stop = async () => {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.send({ type: 'stop' } satisfies ToUsers);
          }),
      ),
    );
  };
  try {
    let firstUser = 1; // the server is client 0
    for (let i = 0; i < count; i++) {
      const users = Math.floor(config.users / count) + (i < config.users % count ? 1 : 0);
      const child = fork(SCRIPT, [JSON.stringify({ ...config, users, firstUser })], {
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      children.push(child);
      firstUser += users;
    }
    await Promise.all(children.map(next));
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    async sendDuring(from, to) {
      const replies = children.map(next);
      for (const child of children) child.send({ type: 'go', from, to } satisfies ToUsers);
      return (await Promise.all(replies)).flatMap((reply) =>
        reply.type === 'sent' ? reply.messages : [],
      );
    },
    stop,
  };
}
