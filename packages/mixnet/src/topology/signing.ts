import { decodeBase58, encodeBase58, utf8, type CryptoProvider } from '@pastenym/crypto';
import { canonicalJson } from './canonical-json.js';
import {
  registrationSchema,
  signedTopologySchema,
  type GatewayDescriptor,
  type MixDescriptor,
  type Registration,
  type SignedTopology,
  type Topology,
} from './types.js';
import { MixnetError } from '../errors.js';

// Domain separation: a topology signature can never be replayed as a registration or vice versa.
const TOPOLOGY_DOMAIN = 'pastenym topology v1\n';
const REGISTRATION_DOMAIN = 'pastenym registration v1\n';

/** Signs a topology with the directory's Ed25519 seed. */
export function signTopology(
  crypto: CryptoProvider,
  directorySeed: Uint8Array,
  topology: Topology,
): SignedTopology {
  const signature = crypto.ed25519.sign(
    directorySeed,
    utf8(TOPOLOGY_DOMAIN + canonicalJson(topology)),
  );
  return {
    topology,
    directoryKey: encodeBase58(crypto.ed25519.publicKey(directorySeed)),
    signature: encodeBase58(signature),
  };
}

/**
 * Parses and verifies a signed topology (untrusted JSON). Pass the directory key you trust;
 * without one, the document only proves it is self-consistent.
 * @throws {MixnetError} `mixnet.bad_topology` when malformed, signed by another key or forged.
 */
export function verifyTopology(
  crypto: CryptoProvider,
  document: unknown,
  trustedKey?: string,
): Topology {
  const parsed = signedTopologySchema.safeParse(document);
  if (!parsed.success) throw new MixnetError('mixnet.bad_topology', 'malformed topology document');
  const { topology, directoryKey, signature } = parsed.data;
  if (trustedKey !== undefined && trustedKey !== directoryKey) {
    throw new MixnetError('mixnet.bad_topology', 'topology signed by an unexpected directory key');
  }
  const valid = crypto.ed25519.verify(
    decodeBase58(directoryKey),
    utf8(TOPOLOGY_DOMAIN + canonicalJson(topology)),
    decodeBase58(signature),
  );
  if (!valid) throw new MixnetError('mixnet.bad_topology', 'topology signature does not verify');
  return topology;
}

function registrationBytes(
  kind: Registration['kind'],
  descriptor: MixDescriptor | GatewayDescriptor,
  timestamp: number,
) {
  return utf8(REGISTRATION_DOMAIN + canonicalJson({ kind, descriptor, timestamp }));
}

/** A node's signed registration; `identitySeed` must be the key behind `descriptor.address`. */
export function signRegistration(
  crypto: CryptoProvider,
  identitySeed: Uint8Array,
  kind: Registration['kind'],
  descriptor: MixDescriptor | GatewayDescriptor,
  timestamp: number,
): Registration {
  const signature = crypto.ed25519.sign(
    identitySeed,
    registrationBytes(kind, descriptor, timestamp),
  );
  return { kind, descriptor, timestamp, signature: encodeBase58(signature) };
}

/**
 * Parses and verifies a registration (untrusted JSON): signed by the identity it names.
 * @throws {MixnetError} `mixnet.bad_registration`
 */
export function verifyRegistration(crypto: CryptoProvider, document: unknown): Registration {
  const parsed = registrationSchema.safeParse(document);
  if (!parsed.success) throw new MixnetError('mixnet.bad_registration', 'malformed registration');
  const { kind, descriptor, timestamp, signature } = parsed.data;
  if ((kind === 'gateway') !== 'clientPort' in descriptor) {
    throw new MixnetError('mixnet.bad_registration', 'descriptor does not match its kind');
  }
  const valid = crypto.ed25519.verify(
    decodeBase58(descriptor.address),
    registrationBytes(kind, descriptor, timestamp),
    decodeBase58(signature),
  );
  if (!valid)
    throw new MixnetError('mixnet.bad_registration', 'registration signature does not verify');
  return parsed.data;
}
