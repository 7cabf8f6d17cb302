/**
 * @pastenym/mixnet/node: the services of a local mixnet (directory, mix node, gateway), the
 * launcher that runs them all, and the `mixnet` command. Node.js only.
 */
export { startMixnet, type Mixnet, type MixnetOptions } from './launcher.js';
export type { NodeHandle } from './node-handle.js';
export { startDirectory, type Directory, type DirectoryOptions } from './directory.js';
export {
  DirectoryRegistry,
  type DirectoryRegistryOptions,
  type RegisterOutcome,
  type RegistrationRefusal,
} from './directory-registry.js';
export { AdmissionList, ADMITTED_NODES_FILE, parseAdmittedKeys } from './admission-list.js';
export { startMixNode, type MixNode, type MixNodeOptions } from './mix-node.js';
export { startGateway, type Gateway, type GatewayOptions } from './gateway.js';
export type { NodeStatus, PacketNodeOptions } from './packet-node.js';
export { packetHandle, type LinkTap, type LinkTapEvent } from './link-tap.js';
export { MailboxStore, DEFAULT_MAILBOX_LIMITS, type MailboxLimits } from './mailbox.js';
export { loadOrCreateNodeKeys, type NodeKeys } from './node-keys.js';
export { startLinkServer, type LinkServer, type LinkServerOptions } from './link-server.js';
export { LinkPool, type LinkPoolOptions } from './link-pool.js';
export type { Endpoint } from './outbound-link.js';
export { Counters, sumCounters, type CounterSnapshot } from './counters.js';
export { createStderrLogger, silentLogger, type Logger } from './logger.js';
export { planMixnet, parseNodeName, type MixnetPlan, type PlannedNode } from './launcher-plan.js';
export { STATE_FILE_NAME, type MixnetStateFile } from './state-file.js';
export { createWorkerProcessor, type WorkerProcessorOptions } from './packet-workers.js';
export { createSyncProcessor, type PacketProcessor } from './packet-processor.js';
export { nodeWebSocket } from './web-socket.js';
export { isPortFree } from './port-check.js';
export { runCli } from './cli.js';
export { CLI_OPTIONS, helpText } from './cli-options.js';
export type { NodeErrorCode } from './node-errors.js';
