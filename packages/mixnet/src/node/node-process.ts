import type { PlannedNode } from './launcher-plan.js';
import type { Logger } from './logger.js';
import type { ChildMessage, ParentMessage } from './node-ipc.js';
import { runNode, type CommonNodeOptions } from './node-runner.js';

function tell(message: ChildMessage): void {
  process.send?.(message);
}

/**
 * The body of a node process (`mixnet --node <name>`): runs one node, reports `ready` to the
 * launcher over IPC, answers its status requests, and stops cleanly on SIGTERM, SIGINT or when
 * the launcher goes away (so no node outlives its mixnet). Resolves with the exit code.
 */
export async function runNodeProcess(
  planned: PlannedNode,
  options: CommonNodeOptions,
  logger: Logger,
): Promise<number> {
  let node;
  try {
    node = await runNode(planned, options);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    logger.error('cannot start', { error: message });
    tell({ type: 'failed', message });
    return 1;
  }
  const started = node;
  logger.info('started', {
    kind: planned.kind,
    port: started.port,
    clientPort: started.clientPort,
  });
  tell({
    type: 'ready',
    address: started.address,
    port: started.port,
    clientPort: started.clientPort,
  });

  process.on('message', (message: ParentMessage) => {
    if (message.type === 'status')
      tell({ type: 'reply', id: message.id, status: started.status() });
    else void started.refreshTopology().then(() => tell({ type: 'reply', id: message.id }));
  });
  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = () => {
      if (stopping) return;
      stopping = true;
      void started.stop().then(() => {
        logger.info('stopped');
        resolve(0);
      });
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
    process.once('disconnect', stop);
  });
}
