/** Which mixnet the page talks through. */
export type NetworkKind = 'local' | 'nym';

/** This project's local mixnet: the client core runs in a Web Worker. */
export interface LocalNetworkConfig {
  /** Base58 Ed25519 key the directory signs the topology with. */
  readonly directoryKey: string;
  /**
   * The signed topology, served inside the page's own config.json (the default way: the page
   * then needs no request besides its own files and the gateway websocket).
   */
  readonly topology?: unknown;
  /** Or a directory to fetch the topology from; it must then be allowed in connect-src. */
  readonly directoryUrl?: string;
  /** Base58 identity of the gateway to connect through; default a random one. */
  readonly gateway?: string;
}

/** The real Nym network through `@nymproject/sdk` (loaded lazily). */
export interface NymNetworkConfig {
  readonly nymApiUrl?: string;
  readonly preferredGateway?: string;
  readonly forceTls?: boolean;
}

/** Everything the page needs to know, from the build or from a same-origin config.json. */
export interface WebConfig {
  /** Shown in the header and the title. */
  readonly instanceName: string;
  /** The paste server's Nym address (`identity.encryption@gateway`). */
  readonly serverAddress: string;
  readonly network: NetworkKind;
  readonly local?: LocalNetworkConfig;
  readonly nym?: NymNetworkConfig;
  /** Where share links point; default this page's address. */
  readonly linkBase?: string;
}

/** The outcome of {@link parseWebConfig}: the config, or every problem found. */
export type ConfigParseResult =
  | { readonly ok: true; readonly config: WebConfig }
  | { readonly ok: false; readonly problems: readonly string[] };

const TOP_KEYS = ['instanceName', 'serverAddress', 'network', 'local', 'nym', 'linkBase'];
const LOCAL_KEYS = ['directoryKey', 'topology', 'directoryUrl', 'gateway'];
const NYM_KEYS = ['nymApiUrl', 'preferredGateway', 'forceTls'];
const BASE58 = /^[1-9A-HJ-NP-Za-km-z]{32,44}$/;
const ADDRESS =
  /^[1-9A-HJ-NP-Za-km-z]{32,44}\.[1-9A-HJ-NP-Za-km-z]{32,44}@[1-9A-HJ-NP-Za-km-z]{32,44}$/;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unknownKeys(value: Json, allowed: readonly string[], where: string): string[] {
  return Object.keys(value)
    .filter((key) => !allowed.includes(key))
    .map((key) => `${where}: unknown key "${key}"`);
}

function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function checkLocal(value: unknown, problems: string[]): void {
  if (!isObject(value)) return void problems.push('local: must be an object');
  problems.push(...unknownKeys(value, LOCAL_KEYS, 'local'));
  if (typeof value.directoryKey !== 'string' || !BASE58.test(value.directoryKey)) {
    problems.push('local.directoryKey: must be a base58 key');
  }
  if (value.topology === undefined && value.directoryUrl === undefined) {
    problems.push('local: needs "topology" (signed topology document) or "directoryUrl"');
  }
  if (value.topology !== undefined && !isObject(value.topology)) {
    problems.push('local.topology: must be the signed topology object');
  }
  if (value.directoryUrl !== undefined && !isHttpUrl(value.directoryUrl)) {
    problems.push('local.directoryUrl: must be an http(s) URL');
  }
  if (
    value.gateway !== undefined &&
    (typeof value.gateway !== 'string' || !BASE58.test(value.gateway))
  ) {
    problems.push('local.gateway: must be a base58 gateway identity');
  }
}

function checkNym(value: unknown, problems: string[]): void {
  if (!isObject(value)) return void problems.push('nym: must be an object');
  problems.push(...unknownKeys(value, NYM_KEYS, 'nym'));
  if (value.nymApiUrl !== undefined && !isHttpUrl(value.nymApiUrl)) {
    problems.push('nym.nymApiUrl: must be an http(s) URL');
  }
  if (value.preferredGateway !== undefined && typeof value.preferredGateway !== 'string') {
    problems.push('nym.preferredGateway: must be a string');
  }
  if (value.forceTls !== undefined && typeof value.forceTls !== 'boolean') {
    problems.push('nym.forceTls: must be true or false');
  }
}

/**
 * Validates a configuration object (unknown keys are refused, so a typo is an error rather
 * than a silently ignored setting). Never throws.
 * @example parseWebConfig(JSON.parse(text)) // { ok: true, config } or { ok: false, problems }
 */
export function parseWebConfig(value: unknown): ConfigParseResult {
  if (!isObject(value)) return { ok: false, problems: ['the configuration must be an object'] };
  const problems = unknownKeys(value, TOP_KEYS, 'config');
  if (typeof value.instanceName !== 'string' || value.instanceName.trim() === '') {
    problems.push('instanceName: must be a non-empty string');
  } else if (value.instanceName.length > 64) problems.push('instanceName: at most 64 characters');
  if (typeof value.serverAddress !== 'string' || !ADDRESS.test(value.serverAddress)) {
    problems.push('serverAddress: must be a Nym address (identity.encryption@gateway)');
  }
  if (value.network !== 'local' && value.network !== 'nym') {
    problems.push('network: must be "local" or "nym"');
  }
  if (value.network === 'local' || value.local !== undefined) checkLocal(value.local, problems);
  if (value.nym !== undefined) checkNym(value.nym, problems);
  if (value.linkBase !== undefined && !isHttpUrl(value.linkBase)) {
    problems.push('linkBase: must be an http(s) URL');
  }
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, config: value as unknown as WebConfig };
}

/**
 * Lays the page's config.json over the build's configuration, key by key at the top level, so
 * a deployment can change only what differs (e.g. the topology).
 * @example mergeConfig({ instanceName: 'x' }, { serverAddress: 'a.b@c' })
 */
export function mergeConfig(build: unknown, runtime: unknown): unknown {
  if (!isObject(runtime)) return build;
  if (!isObject(build)) return runtime;
  return { ...build, ...runtime };
}
