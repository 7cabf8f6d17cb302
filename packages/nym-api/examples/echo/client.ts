// Asks an echo service once, through any nym-client websocket:
// node dist/examples/echo/client.js <ws url> <service address> [text]
import { connectNymApi } from '../../src/node/index.js';
import { askEcho } from './echo.js';

const [url, service, text = 'hello, mixnet'] = process.argv.slice(2);
if (url === undefined || service === undefined) {
  console.error('usage: client.js <ws url> <service address> [text]');
  process.exit(2);
}
const client = await connectNymApi({ url });
try {
  console.log(await askEcho(client, service, text));
} finally {
  await client.close();
}
