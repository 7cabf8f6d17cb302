import { isPasteProtocolError } from '@pastenym/paste-protocol';
import { CliError } from '../errors.js';

/**
 * True for failures that mean "this server did not answer in time" (`client.timeout`, or the
 * ping's `cli.offline`): another server may well answer. Refusals, not-found and network
 * errors on our side are the same whichever server is asked.
 */
export function isServerOffline(error: unknown): boolean {
  return (
    isPasteProtocolError(error, 'client.timeout') ||
    (error instanceof CliError && error.code === 'cli.offline')
  );
}

/**
 * Runs `attempt` against one of `servers` drawn at random (`pick(n)` gives an index below n);
 * if that server is offline, runs it once more against another one, also drawn at random. With
 * a single server there is nothing to fail over to: its error is thrown as it is.
 * @throws whatever `attempt` throws (the second attempt's error when both fail)
 * @example await withFailover(['a@g', 'b@g'], pick, (server) => pingThrough(server))
 */
export async function withFailover<T>(
  servers: readonly string[],
  pick: (n: number) => number,
  attempt: (server: string) => Promise<T>,
): Promise<T> {
  const first = servers[pick(servers.length)];
  if (first === undefined) throw new CliError('cli.no_server', 'no paste server address');
  try {
    return await attempt(first);
  } catch (error) {
    const others = servers.filter((server) => server !== first);
    if (others.length === 0 || !isServerOffline(error)) throw error;
    return attempt(others[pick(others.length)]!);
  }
}
