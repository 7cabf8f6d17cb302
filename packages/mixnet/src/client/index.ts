export {
  MixnetClient,
  type DropReason,
  type MixnetClientOptions,
  type MixnetClientStats,
  type ReceivedMessage,
} from './mixnet-client.js';
export {
  generateClientKeys,
  clientKeysFromSecrets,
  formatAddress,
  parseAddress,
  type ClientKeys,
  type ClientAddress,
} from './keys.js';
export { systemClock, type Clock } from './clock.js';
export type { WebSocketLike, WebSocketFactory } from './gateway-session.js';
export { FRAGMENT_DATA_LENGTH, MAX_MESSAGE_LENGTH } from './fragments.js';
