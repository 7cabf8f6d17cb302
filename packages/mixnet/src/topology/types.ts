import { z } from 'zod';

const base58Key = z.string().regex(/^[1-9A-HJ-NP-Za-km-z]{32,44}$/);
const host = z.string().min(1).max(255);
const port = z.number().int().min(1).max(65535);

export const profileSchema = z.strictObject({
  name: z.string().min(1).max(32),
  meanDelayMs: z.number().min(0).max(60_000),
  sendingIntervalMs: z.number().min(0).max(60_000),
  loopCoverIntervalMs: z.number().min(0).max(600_000),
  ackTimeoutBaseMs: z.number().min(10).max(600_000),
});

/** A mix node as published: identity (its address), Sphinx key, layer and where to reach it. */
export const mixDescriptorSchema = z.strictObject({
  address: base58Key,
  sphinxKey: base58Key,
  layer: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  host,
  port,
});

/**
 * A gateway: mix-facing TCP port for packets, client-facing websocket port. Gateways are the
 * last hop of every route (they deliver to their clients) and clients' entry points.
 */
export const gatewayDescriptorSchema = z.strictObject({
  address: base58Key,
  sphinxKey: base58Key,
  host,
  port,
  clientPort: port,
});

export const topologySchema = z.strictObject({
  version: z.literal(1),
  epoch: z.number().int().min(0),
  profile: profileSchema,
  mixes: z.array(mixDescriptorSchema).max(1000),
  gateways: z.array(gatewayDescriptorSchema).max(1000),
});

/** The topology with the directory's signature over its canonical JSON. */
export const signedTopologySchema = z.strictObject({
  topology: topologySchema,
  directoryKey: base58Key,
  signature: z.string().regex(/^[1-9A-HJ-NP-Za-km-z]{60,100}$/),
});

/** A node's registration (and heartbeat), signed by the node's identity key. */
export const registrationSchema = z.strictObject({
  kind: z.enum(['mix', 'gateway']),
  descriptor: z.union([mixDescriptorSchema, gatewayDescriptorSchema]),
  /** Seconds since the epoch; the directory refuses stale or future ones. */
  timestamp: z.number().int(),
  signature: z.string().regex(/^[1-9A-HJ-NP-Za-km-z]{60,100}$/),
});

export type MixDescriptor = z.infer<typeof mixDescriptorSchema>;
export type GatewayDescriptor = z.infer<typeof gatewayDescriptorSchema>;
export type Topology = z.infer<typeof topologySchema>;
export type SignedTopology = z.infer<typeof signedTopologySchema>;
export type Registration = z.infer<typeof registrationSchema>;
