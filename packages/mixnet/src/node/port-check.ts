import { createServer } from 'node:net';
import { nodeError } from './node-errors.js';

/** Whether `port` on `host` can be bound now: it is bound briefly and released. */
export function isPortFree(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}

/**
 * Checks that every port is free on `host` (by binding it briefly), so a clash is reported
 * before anything starts.
 * @throws {MixnetError} `mixnet.port_in_use` naming the first taken port and the range.
 */
export async function assertPortsFree(host: string, ports: readonly number[]): Promise<void> {
  for (const port of ports) {
    if (!(await isPortFree(host, port))) {
      const range = `${ports[0]}-${ports[ports.length - 1]}`;
      throw nodeError(
        'mixnet.port_in_use',
        `port ${port} on ${host} is already in use; the mixnet needs ports ${range}: ` +
          'stop whatever holds it or choose another --base-port',
      );
    }
  }
}
