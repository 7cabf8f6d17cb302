import { resolve } from 'node:path';
import { option, optionLines, portNumber } from '@pastenym/runtime';
import { z } from 'zod';
import { cliExample } from './cli-example.js';
import { startStack } from './stack.js';
import { readOptions } from './usage.js';

/** Every option of `npm start`. */
const OPTIONS = {
  profile: option('--profile fast|nym', z.enum(['fast', 'nym']), {
    default: 'fast',
    doc: "fast: no mixing delays or cover traffic; nym: the real network's",
  }),
  dataDir: option('--data-dir DIR', z.string().min(1), {
    default: 'data',
    doc: 'keys and pastes: a restart keeps both',
  }),
  port: option('--port N', portNumber, { default: '8080', doc: 'the web app' }),
  mixnetBasePort: option('--mixnet-base-port N', portNumber, {
    default: '9000',
    doc: 'directory and mix nodes on N..N+10',
  }),
  nymClientPort: option('--nym-client-port N', portNumber, {
    default: '1977',
    doc: "the paste server's nym-client websocket",
  }),
  webRoot: option('--web-root DIR', z.string().min(1), {
    default: 'packages/web/dist/app',
    doc: 'the built web app',
  }),
  help: option('-h, --help', z.boolean(), { doc: 'show this help' }),
};

export const HELP = `npm start [-- options]: the whole Pastenym system on the local mixnet

${optionLines(Object.values(OPTIONS)).join('\n')}

A port of 0 lets the system pick a free one.
`;

/**
 * Runs the stack until SIGINT/SIGTERM; returns the exit code.
 * @throws {StackError} `stack.usage` for an unknown option or a bad value
 */
export async function runStackCli(argv: readonly string[], repoRoot: string): Promise<number> {
  const values = readOptions(OPTIONS, argv, 'npm start');
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const dataDir = resolve(repoRoot, values.dataDir);
  const stack = await startStack({
    profile: values.profile,
    dataDir,
    host: '127.0.0.1',
    webPort: values.port,
    mixnetBasePort: values.mixnetBasePort,
    nymClientPort: values.nymClientPort,
    webRoot: resolve(repoRoot, values.webRoot),
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

Ctrl-C stops everything; pastes and addresses are kept in ${values.dataDir}/.
`);
  await new Promise<void>((resolveStop) => {
    process.once('SIGINT', () => resolveStop());
    process.once('SIGTERM', () => resolveStop());
  });
  console.error('stopping…');
  await stack.stop();
  return 0;
}
