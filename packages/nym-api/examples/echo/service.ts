// The echo service on its own, against any nym-client websocket (the real one, or this
// project's local daemon): node dist/examples/echo/service.js [ws://127.0.0.1:1977]
import { connectNymApi } from '../../src/node/index.js';
import { runEchoService } from './echo.js';

const client = await connectNymApi({ url: process.argv[2] ?? 'ws://127.0.0.1:1977' });
// The service's own address is what users need; it is nobody's private data.
console.log(`echo service at ${client.address?.toString()}`);
process.once('SIGINT', () => void client.close());
console.log(`echoed ${await runEchoService(client)} message(s)`);
