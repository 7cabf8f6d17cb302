export {
  MixnetClient,
  type DropReason,
  type MixnetClientOptions,
  type MixnetClientStats,
  type IncomingProgress,
  type ReceivedMessage,
  type SendOptions,
} from './mixnet-client.js';
export type { MessageProgress } from './message-tracker.js';
export { SURB_LIFETIME_MS, MESSAGE_DEADLINE_MS, REPLY_KEY_LIFETIME_MS } from './lifetimes.js';
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
