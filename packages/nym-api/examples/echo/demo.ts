// The echo example in one process: two API servers on an in-memory loopback network stand in
// for two nym-clients, and the service and its client talk through them over real websockets.
// Run: npx tsc -b packages/nym-api && node packages/nym-api/dist/examples/echo/demo.js
import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { LoopbackNetwork } from '../../src/testing/index.js';
import { connectNymApi, NymApiServer } from '../../src/node/index.js';
import { askEcho, runEchoService } from './echo.js';

/** Starts both sides, asks for one echo, shuts everything down; returns the echo. */
export async function runEchoDemo(
  text = 'hello, mixnet',
  log: (line: string) => void = console.log,
): Promise<string> {
  const network = new LoopbackNetwork({ rng: (n) => new Uint8Array(randomBytes(n)) });
  const serviceDaemon = await NymApiServer.listen({ backend: network.createClient(), port: 0 });
  const userDaemon = await NymApiServer.listen({ backend: network.createClient(), port: 0 });
  const service = await connectNymApi({ url: serviceDaemon.url });
  const user = await connectNymApi({ url: userDaemon.url, mode: 'text' });
  try {
    const serving = runEchoService(service);
    const echo = await askEcho(user, service.address!, text);
    log(`sent "${text}", got back "${echo}"`);
    await service.close();
    log(`the service answered ${await serving} message(s) without learning who asked`);
    return echo;
  } finally {
    await Promise.all([service.close(), user.close()]);
    await Promise.all([serviceDaemon.close(), userDaemon.close()]);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runEchoDemo(process.argv[2]);
}
