import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { encodeBase58, type CryptoProvider } from '@pastenym/crypto';
import type { MixnetProfile } from '../profile.js';
import { signTopology, verifyRegistration } from '../topology/signing.js';
import { registrationSchema, type SignedTopology } from '../topology/types.js';
import { AdmissionList, ADMITTED_NODES_FILE } from './admission-list.js';
import { Counters, type CounterSnapshot } from './counters.js';
import { DirectoryRegistry, type RegistrationRefusal } from './directory-registry.js';
import { readLastEpoch, writeLastEpoch } from './directory-state.js';
import { readJsonBody, sendFailure, sendJson, type HttpFailure } from './http-util.js';
import { closeServer, listen } from './listen.js';
import { silentLogger, type Logger } from './logger.js';
import { KEY_FILE_NAME, loadOrCreateNodeKeys } from './node-keys.js';

/** Options of {@link startDirectory}. */
export interface DirectoryOptions {
  readonly crypto: CryptoProvider;
  /** Holds the directory's Ed25519 key (keys.json, mode 0600) and its last epoch. */
  readonly dataDir: string;
  readonly host: string;
  /** 0: a port the OS picks. */
  readonly port: number;
  readonly profile: MixnetProfile;
  /** Nodes heartbeat this often; three missed heartbeats remove a node. */
  readonly heartbeatMs: number;
  readonly logger?: Logger;
  /** Clock, ms since the epoch (default `Date.now`). */
  readonly now?: () => number;
  /** Largest registration body (default 16 KiB). */
  readonly maxBodyBytes?: number;
  /** Identity keys (base58) admitted whatever the file says: the launcher's own nodes. */
  readonly admittedKeys?: Iterable<string>;
  /**
   * The operator's admission file: one identity key per line, re-read when it changes
   * (default `<dataDir>/admitted-nodes.txt`). Only admitted nodes may register.
   */
  readonly admittedNodesFile?: string;
}

/** A running directory. */
export interface Directory {
  /** `http://host:port` */
  readonly url: string;
  readonly port: number;
  /** The directory's Ed25519 public key, base58: clients and nodes verify topologies with it. */
  readonly directoryKey: string;
  /** The current signed topology, as served. */
  signedTopology(): SignedTopology;
  /** `register.accepted`, `register.refused.<code>` (`not_admitted`, …), `admission.bad_file`. */
  counters(): CounterSnapshot;
  close(): Promise<void>;
}

const REFUSALS: Record<RegistrationRefusal, HttpFailure> = {
  stale: { status: 422, code: 'stale_registration', message: 'timestamp too old' },
  future: { status: 422, code: 'future_registration', message: 'timestamp in the future' },
  full: { status: 503, code: 'directory_full', message: 'no room for another node' },
};

const NOT_ADMITTED: HttpFailure = {
  status: 403,
  code: 'not_admitted',
  message: "this node's identity key is not admitted by the directory's operator",
};

/**
 * Starts the directory: `GET /v1/topology` serves the signed topology; `POST /v1/register`
 * takes a signed registration (the heartbeat too) from an admitted identity. Errors are JSON
 * `{error: {code, message}}`: 400 malformed, 403 not admitted or bad signature, 413 too large,
 * 422 stale or future timestamp, 503 full; each refusal is counted by its code.
 * @throws {MixnetError} `mixnet.port_in_use`, `mixnet.bad_keys`, `mixnet.bad_config` (a bad
 *   admission file)
 * @example const directory = await startDirectory({ crypto, dataDir, host: '127.0.0.1', port: 0, profile: FAST_PROFILE, heartbeatMs: 1000 });
 */
export async function startDirectory(options: DirectoryOptions): Promise<Directory> {
  const { crypto, dataDir } = options;
  const logger = options.logger ?? silentLogger;
  const now = options.now ?? Date.now;
  const limit = options.maxBodyBytes ?? 16 * 1024;
  const keys = await loadOrCreateNodeKeys(crypto, join(dataDir, KEY_FILE_NAME));
  const counters = new Counters();
  const admission = new AdmissionList(
    options.admittedNodesFile ?? join(dataDir, ADMITTED_NODES_FILE),
    new Set(options.admittedKeys),
  );
  await admission.refresh();
  const registry = new DirectoryRegistry({
    profile: options.profile,
    heartbeatMs: options.heartbeatMs,
    initialEpoch: readLastEpoch(dataDir) + 1,
  });
  let signed = signTopology(crypto, keys.identitySeed, registry.topology());
  let served = JSON.stringify(signed);
  const publish = () => {
    signed = signTopology(crypto, keys.identitySeed, registry.topology());
    served = JSON.stringify(signed);
    writeLastEpoch(dataDir, registry.epoch);
    logger.info('topology changed', { epoch: registry.epoch, nodes: registry.size });
  };
  publish();

  const refuse = (response: ServerResponse, failure: HttpFailure) => {
    counters.add(`register.refused.${failure.code}`);
    sendFailure(response, failure);
  };

  async function register(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readJsonBody(request, limit);
    if ('failure' in body) return refuse(response, body.failure);
    const parsed = registrationSchema.safeParse(body.value);
    if (!parsed.success) {
      const message = 'not a registration';
      return refuse(response, { status: 400, code: 'bad_registration', message });
    }
    // Before the signature: a stranger's registration costs a set lookup, not a verification.
    if (!admission.has(parsed.data.descriptor.address)) return refuse(response, NOT_ADMITTED);
    let registration;
    try {
      registration = verifyRegistration(crypto, body.value);
    } catch {
      const message = 'signature does not verify';
      return refuse(response, { status: 403, code: 'bad_signature', message });
    }
    const outcome = registry.register(registration, now());
    if (!outcome.ok) return refuse(response, REFUSALS[outcome.reason]);
    counters.add('register.accepted');
    if (outcome.changed) publish();
    sendJson(response, 200, { epoch: registry.epoch, heartbeatMs: options.heartbeatMs });
  }

  // A node struck from the admission file leaves the topology at once, not at its next beat.
  let admissionFailing = false;
  let closed = false;
  async function refreshAdmission(): Promise<void> {
    let changed;
    try {
      changed = await admission.refresh();
      admissionFailing = false;
    } catch (error) {
      counters.add('admission.bad_file');
      // One warning per streak: the file is re-read every beat until it is fixed.
      if (!admissionFailing)
        logger.warn('admission file refused, the previous list stays', {
          error: (error as Error).message,
        });
      admissionFailing = true;
      return;
    }
    if (changed && !closed && registry.retain((key) => admission.has(key))) publish();
  }

  function route(request: IncomingMessage, response: ServerResponse): Promise<void> | void {
    const path = new URL(request.url ?? '/', 'http://directory').pathname;
    const methodNotAllowed = { status: 405, code: 'method_not_allowed', message: 'wrong method' };
    if (path === '/v1/topology') {
      if (request.method !== 'GET') return sendFailure(response, methodNotAllowed);
      return sendJson(response, 200, served);
    }
    if (path === '/v1/register') {
      if (request.method !== 'POST') return sendFailure(response, methodNotAllowed);
      return register(request, response);
    }
    sendFailure(response, { status: 404, code: 'not_found', message: 'no such endpoint' });
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    try {
      await route(request, response);
    } catch (error) {
      logger.error('request failed', { error: String(error) });
      if (!response.headersSent) {
        sendFailure(response, { status: 500, code: 'internal', message: 'internal error' });
      } else response.destroy();
    }
  }

  const server = createServer((request, response) => void handle(request, response));
  server.requestTimeout = 10_000;
  server.headersTimeout = 5_000;
  const port = await listen(server, options.host, options.port);
  const pruneTimer = setInterval(() => {
    if (registry.prune(now())) publish();
    void refreshAdmission();
  }, options.heartbeatMs);
  pruneTimer.unref();
  return {
    url: `http://${options.host}:${port}`,
    port,
    directoryKey: encodeBase58(keys.identityKey),
    signedTopology: () => signed,
    counters: () => counters.snapshot(),
    async close() {
      closed = true;
      clearInterval(pruneTimer);
      server.closeAllConnections();
      await closeServer(server);
    },
  };
}
