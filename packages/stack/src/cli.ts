import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { cliExample } from './cli-example.js';
import { startStack } from './stack.js';

export const HELP = `npm start [-- options]: the whole Pastenym system on the local mixnet

  --profile fast|nym     fast: no mixing delays or cover traffic (default); nym: the real network's
  --data-dir DIR         keys and pastes (default ./data): a restart keeps both
  --port N               the web app (default 8080)
  --mixnet-base-port N   directory and mix nodes on N..N+10 (default 9000)
  --nym-client-port N    the paste server's nym-client websocket (default 1977)
  --web-root DIR         the built web app (default packages/web/dist/app)

A port of 0 lets the system pick a free one.
`;

/** Runs the stack until SIGINT/SIGTERM; returns the exit code. */
export async function runStackCli(argv: readonly string[], repoRoot: string): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      profile: { type: 'string', default: 'fast' },
      'data-dir': { type: 'string', default: 'data' },
      port: { type: 'string', default: '8080' },
      'mixnet-base-port': { type: 'string', default: '9000' },
      'nym-client-port': { type: 'string', default: '1977' },
      'web-root': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (values.profile !== 'fast' && values.profile !== 'nym') {
    console.error(`error [stack.usage]: --profile is fast or nym, not ${values.profile}`);
    return 2;
  }
  const port = (name: string, text: string) => {
    const value = Number(text);
    if (!Number.isInteger(value) || value < 0 || value > 65535)
      throw new Error(`--${name} must be a port number, got ${text}`);
    return value;
  };
  const dataDir = resolve(repoRoot, values['data-dir']);
  const stack = await startStack({
    profile: values.profile,
    dataDir,
    host: '127.0.0.1',
    webPort: port('port', values.port),
    mixnetBasePort: port('mixnet-base-port', values['mixnet-base-port']),
    nymClientPort: port('nym-client-port', values['nym-client-port']),
    webRoot: resolve(repoRoot, values['web-root'] ?? 'packages/web/dist/app'),
    log: (line) => console.error(line),
  });
  const example = cliExample(repoRoot, dataDir, stack.webUrl);
  console.log(`
Pastenym is running on the local mixnet (profile ${values.profile}).

  web app         ${stack.webUrl}
  paste server    ${stack.serverAddress}
  directory       ${stack.mixnet.directoryUrl}

Try the CLI (from this folder, in another terminal):
  ${example.create}
  ${example.get}

Ctrl-C stops everything; pastes and addresses are kept in ${values['data-dir']}/.
`);
  await new Promise<void>((resolveStop) => {
    process.once('SIGINT', () => resolveStop());
    process.once('SIGTERM', () => resolveStop());
  });
  console.error('stopping…');
  await stack.stop();
  return 0;
}
