import { isPortFree } from '@pastenym/mixnet/node';
import { StackError } from './errors.js';

/**
 * Fails early, with the fix in the message, when a port the stack needs is taken.
 * @throws {StackError} `stack.port_in_use`
 */
export async function assertPortFree(
  host: string,
  port: number,
  what: string,
  flag: string,
): Promise<void> {
  if (port === 0) return;
  if (!(await isPortFree(host, port))) {
    throw new StackError(
      'stack.port_in_use',
      `port ${port} on ${host} (${what}) is in use: stop whatever holds it, or pass ${flag} <port>`,
    );
  }
}
