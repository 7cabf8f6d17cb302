// The system under benchmark in a process of its own, as `npm start` runs it (`startStack`),
// in one of the launcher's layouts; the benchmark's clients stay in their own process. The
// parent asks over IPC for the gateways' counters (counts only) and for a stop.
import { sumCounters } from '@pastenym/mixnet/node';
import { startStack } from '../src/stack.js';
import type { StackProcessConfig, StackProcessMessage, StackProcessRequest } from './e2e-stack.js';

const config = JSON.parse(process.argv[2] ?? '{}') as StackProcessConfig;
const send = (message: StackProcessMessage) => process.send?.(message);

try {
  const stack = await startStack({
    profile: 'fast',
    dataDir: config.dataDir,
    host: '127.0.0.1',
    webPort: 0,
    mixnetBasePort: 0,
    nymClientPort: 0,
    webRoot: config.webRoot,
    singleProcess: config.layout === 'in-process',
    serverFlags: config.serverFlags,
  });
  const stop = () => void stack.stop().finally(() => process.exit(0));
  // No stack outlives its benchmark, however the benchmark ended.
  process.once('disconnect', stop);
  process.on('message', (request: StackProcessRequest) => {
    if (request.type === 'stop') return stop();
    void Promise.all(stack.mixnet.gateways.map((gateway) => gateway.status())).then((statuses) =>
      send({
        type: 'counters',
        id: request.id,
        counters: sumCounters(statuses.map((status) => status.counters)),
      }),
    );
  });
  send({
    type: 'ready',
    directoryUrl: stack.mixnet.directoryUrl,
    directoryKey: stack.mixnet.directoryKey,
    gateways: stack.mixnet.topology().gateways.map((gateway) => gateway.address),
    serverAddress: stack.serverAddress,
  });
} catch (error) {
  const code = error && typeof error === 'object' && 'code' in error ? String(error.code) : '';
  send({ type: 'failed', code, message: error instanceof Error ? error.message : String(error) });
  process.exit(1);
}
