/**
 * @pastenym/nym-api/node: the Node adapters of the nym-client websocket API, on `ws`: an app
 * client (`connectNymApi`, `createNymApiClient`) and the API server of the local stand-in
 * daemon (`NymApiServer`), and a Prometheus metrics endpoint (`serveMetrics`).
 */
export {
  connectNymApi,
  createNymApiClient,
  DEFAULT_NYM_CLIENT_URL,
  type NodeClientOptions,
} from './client.js';
export { nodeOpenSocket, type NodeSocketOptions } from './socket.js';
export { NymApiServer, type NymApiServerOptions } from './server.js';
export { serveMetrics, type MetricsServer, type MetricsServerOptions } from './metrics-server.js';
