import type { EnumSchema } from './tagged-json.js';

/** The text requests of the real client (`ClientRequestText`), fields in declaration order. */
export const REQUEST_SCHEMA: EnumSchema = {
  rustName: 'ClientRequestText',
  variants: [
    {
      name: 'send',
      rustName: 'Send',
      fields: [
        ['message', 'String'],
        ['recipient', 'String'],
        ['connectionId', 'Option<u64>'],
      ],
    },
    {
      name: 'sendAnonymous',
      rustName: 'SendAnonymous',
      fields: [
        ['recipient', 'String'],
        ['message', 'String'],
        ['replySurbs', 'u32'],
        ['connectionId', 'Option<u64>'],
      ],
    },
    {
      name: 'reply',
      rustName: 'Reply',
      fields: [
        ['senderTag', 'String'],
        ['message', 'String'],
        ['connectionId', 'Option<u64>'],
      ],
    },
    { name: 'selfAddress', rustName: 'SelfAddress', fields: null },
  ],
};

/** The text responses of the real client (`ServerResponseText`). */
export const RESPONSE_SCHEMA: EnumSchema = {
  rustName: 'ServerResponseText',
  variants: [
    {
      name: 'received',
      rustName: 'Received',
      fields: [
        ['message', 'String'],
        ['senderTag', 'Option<String>'],
      ],
    },
    { name: 'selfAddress', rustName: 'SelfAddress', fields: [['address', 'String']] },
    {
      name: 'laneQueueLength',
      rustName: 'LaneQueueLength',
      fields: [
        ['lane', 'u64'],
        ['queue_length', 'usize'],
      ],
    },
    { name: 'error', rustName: 'Error', fields: [['message', 'String']] },
  ],
};
