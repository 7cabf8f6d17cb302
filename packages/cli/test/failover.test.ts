import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PasteProtocolError } from '@pastenym/paste-protocol';
import { CliError } from '../src/index.js';
import { isServerOffline, withFailover } from '../src/commands/failover.js';

const timeout = () => new PasteProtocolError('client.timeout', 'no reply within 10 ms');
const notFound = () => new PasteProtocolError('paste.not_found', 'paste not found');

/** An attempt that fails as `outcomes` say per server (an Error) or answers with the server. */
function attempts(outcomes: Readonly<Record<string, Error | undefined>>) {
  const asked: string[] = [];
  const attempt = (server: string): Promise<string> => {
    asked.push(server);
    const error = outcomes[server];
    return error ? Promise.reject(error) : Promise.resolve(server);
  };
  return { asked, attempt };
}

describe('withFailover', () => {
  it('asks the server drawn, and only that one when it answers', async () => {
    const { asked, attempt } = attempts({});
    await expect(withFailover(['a', 'b', 'c'], () => 1, attempt)).resolves.toBe('b');
    expect(asked).toEqual(['b']);
  });

  it('retries once on another server when the first is offline', async () => {
    const offline = attempts({ a: timeout(), b: new CliError('cli.offline', 'no pong') });
    await expect(withFailover(['a', 'b', 'c'], () => 0, offline.attempt)).rejects.toMatchObject({
      code: 'cli.offline',
    });
    expect(offline.asked).toEqual(['a', 'b']);
    const recovered = attempts({ b: timeout() });
    await expect(withFailover(['a', 'b', 'c'], () => 1, recovered.attempt)).resolves.toBe('c');
    expect(recovered.asked).toEqual(['b', 'c']);
  });

  it('does not retry answers, nor a single server', async () => {
    const refused = attempts({ a: notFound() });
    await expect(withFailover(['a', 'b'], () => 0, refused.attempt)).rejects.toMatchObject({
      code: 'paste.not_found',
    });
    expect(refused.asked).toEqual(['a']);
    const alone = attempts({ a: timeout() });
    await expect(withFailover(['a'], () => 0, alone.attempt)).rejects.toMatchObject({
      code: 'client.timeout',
    });
    expect(alone.asked).toEqual(['a']);
    await expect(withFailover([], () => 0, alone.attempt)).rejects.toMatchObject({
      code: 'cli.no_server',
    });
  });

  it('never asks the same server twice, whatever is drawn', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.string({ minLength: 1 }), { minLength: 2, maxLength: 6 }),
        fc.infiniteStream(fc.nat()),
        async (servers, draws) => {
          const pick = (n: number) => draws.next().value % n;
          const offline = attempts(Object.fromEntries(servers.map((s) => [s, timeout()])));
          await expect(withFailover(servers, pick, offline.attempt)).rejects.toBeInstanceOf(
            PasteProtocolError,
          );
          expect(offline.asked).toHaveLength(2);
          expect(new Set(offline.asked).size).toBe(2);
        },
      ),
    );
  });

  it('counts timeouts and failed pings as offline, nothing else', () => {
    expect(isServerOffline(timeout())).toBe(true);
    expect(isServerOffline(new CliError('cli.offline', 'x'))).toBe(true);
    expect(isServerOffline(notFound())).toBe(false);
    expect(isServerOffline(new CliError('cli.network', 'x'))).toBe(false);
    expect(isServerOffline(new Error('client.timeout'))).toBe(false);
  });
});
