import type { ChaosStack } from './chaos-stack.js';
import { CLIENTS_GATEWAY, SERVER_GATEWAY } from './chaos-stack.js';
import type { ChaosEvent } from './profile.js';

/** Waits `ms` milliseconds. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Carries out one event: kills its target abruptly (SIGKILL), waits `downMs`, and starts it
 * again (same keys, ports, store). Resolves once the target runs again.
 * @throws {MixnetError} or {@link StackError} when the target does not come back
 */
export async function runEvent(stack: ChaosStack, event: ChaosEvent): Promise<void> {
  if (event.target === 'paste-server') {
    await stack.killServer();
    await sleep(event.downMs);
    await stack.startServer();
    return;
  }
  const name =
    event.target === 'mix'
      ? (event.node ?? 'mix-2a')
      : event.target === 'clients-gateway'
        ? CLIENTS_GATEWAY
        : SERVER_GATEWAY;
  const node = stack.mixnet.node(name);
  await node.kill();
  await sleep(event.downMs);
  await node.restart();
}
