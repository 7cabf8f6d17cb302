import type { Server } from 'node:net';
import { nodeError } from './node-errors.js';

/**
 * Starts `server` listening on host:port (0: a port the OS picks) and returns the bound port.
 * @throws {MixnetError} `mixnet.port_in_use` when the port is taken, `mixnet.node_failed` on
 *   other listen errors.
 */
export function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      reject(
        error.code === 'EADDRINUSE'
          ? nodeError('mixnet.port_in_use', `port ${port} on ${host} is already in use`, {
              cause: error,
            })
          : nodeError('mixnet.node_failed', `cannot listen on ${host}:${port}`, { cause: error }),
      );
    };
    const onListening = () => {
      server.off('error', onError);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/** Closes a server, resolving once it stopped (already-closed servers resolve too). */
export function closeServer(server: { close(callback: (error?: Error) => void): unknown }) {
  return new Promise<void>((resolve) => {
    server.close(() => resolve());
  });
}
