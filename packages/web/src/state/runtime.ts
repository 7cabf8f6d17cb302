import { createBrowserCrypto } from '@pastenym/crypto/browser';
import type { CryptoProvider } from '@pastenym/crypto';
import { PasteClient, type ServerInfo } from '@pastenym/paste-protocol';
import { loadConfig, type LoadedConfig } from '../config/load-config.js';
import type { WebConfig } from '../config/web-config.js';
import { connect } from '../net/connect.js';
import type { ConnectionState, MixnetConnection } from '../net/connection.js';

/** Where the server's `pong` stands. */
export type ServerState =
  | { readonly kind: 'waiting' }
  | { readonly kind: 'ready'; readonly info: ServerInfo }
  | { readonly kind: 'failed' };

/** True once the server answered naming no protocol 3: pastes are then written in format v2. */
export function speaksOnlyV2(info: ServerInfo | undefined): boolean {
  return info !== undefined && !info.protocols.includes(3);
}

/** Everything the screens read about the app's plumbing. */
export interface RuntimeSnapshot {
  readonly config:
    | 'loading'
    | LoadedConfig
    | { readonly ok: false; readonly reason: 'insecure'; readonly problems: readonly string[] };
  readonly connection: ConnectionState | null;
  readonly server: ServerState;
}

/** What a started app has to work with. */
export interface Services {
  readonly config: WebConfig;
  readonly connection: MixnetConnection;
  readonly client: PasteClient;
  readonly crypto: CryptoProvider;
  /**
   * Settles once the server answered the first ping, or failed to. Readers wait for it: only
   * the ping tells a server that speaks v2 alone, whose pastes are read with v2 requests.
   */
  readonly serverKnown: Promise<void>;
}

/** A server that has not answered a ping in this long is shown as not answering (the editor stays usable). */
const PING_TIMEOUT_MS = 10_000;
/** The pause between quiet pings to a server that did not answer. */
const RETRY_MS = 15_000;

/**
 * The app's plumbing as an external store for React (`useSyncExternalStore`): loads the
 * configuration, opens the mixnet connection, asks the server for its limits once connected,
 * and marks `pastenym:connected` and `pastenym:server-ready` in the performance timeline (the
 * benchmark reads them).
 */
export class AppRuntime {
  #snapshot: RuntimeSnapshot = { config: 'loading', connection: null, server: { kind: 'waiting' } };
  readonly #listeners = new Set<() => void>();
  #services: Services | undefined;
  #retry: ReturnType<typeof setTimeout> | undefined;
  #serverAnswered = (): void => {};
  readonly #serverKnown = new Promise<void>((resolve) => (this.#serverAnswered = resolve));

  /** Subscribes to snapshot changes (the React external-store contract). */
  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  getSnapshot = (): RuntimeSnapshot => this.#snapshot;

  /** The connection and clients, once the configuration loaded. */
  get services(): Services | undefined {
    return this.#services;
  }

  #update(change: Partial<RuntimeSnapshot>): void {
    this.#snapshot = { ...this.#snapshot, ...change };
    for (const listener of [...this.#listeners]) listener();
  }

  /** Loads the configuration and connects; call once. */
  async start(buildConfig: unknown): Promise<void> {
    if (!globalThis.isSecureContext || !globalThis.crypto?.subtle) {
      this.#update({
        config: {
          ok: false,
          reason: 'insecure',
          problems: [],
        },
      });
      return;
    }
    const loaded = await loadConfig(globalThis.fetch.bind(globalThis), location.href, buildConfig);
    if (!loaded.ok) return this.#update({ config: loaded });
    let connection: MixnetConnection;
    try {
      connection = connect(loaded.config, loaded.configUrl);
    } catch (error) {
      const message = error instanceof Error ? error.message : 'the mixnet client did not start';
      return this.#update({ config: loaded, connection: { kind: 'failed', message } });
    }
    const crypto = createBrowserCrypto();
    const client = new PasteClient({ transport: connection.transport, crypto });
    // Services first: the screens read them as soon as the configuration shows as loaded.
    this.#services = {
      config: loaded.config,
      connection,
      client,
      crypto,
      serverKnown: this.#serverKnown,
    };
    this.#update({ config: loaded });
    let pinged = false;
    const onState = (state: ConnectionState) => {
      this.#update({ connection: state });
      // No ping will come: readers go on and meet the connection's own error.
      if (state.kind === 'failed') this.#serverAnswered();
      if (state.kind === 'connected' && !pinged) {
        pinged = true;
        performance.mark('pastenym:connected');
        void this.refreshServer();
      }
    };
    connection.onState(onState);
    onState(connection.state());
  }

  /** Asks the server for its limits and options again (after a failure). */
  async refreshServer(): Promise<void> {
    if (!this.#services) return;
    this.#update({ server: { kind: 'waiting' } });
    await this.#ping();
  }

  /**
   * Pings the server; a failure is shown at once and retried quietly in the background (the
   * status stays "does not answer" until an answer comes), so a server that comes back is
   * found without the reader doing anything.
   */
  async #ping(): Promise<void> {
    const services = this.#services;
    if (!services) return;
    clearTimeout(this.#retry);
    try {
      const info = await services.client.ping({ timeoutMs: PING_TIMEOUT_MS });
      if (performance.getEntriesByName('pastenym:server-ready').length === 0)
        performance.mark('pastenym:server-ready');
      this.#update({ server: { kind: 'ready', info } });
    } catch {
      this.#update({ server: { kind: 'failed' } });
      this.#retry = setTimeout(() => void this.#ping(), RETRY_MS);
    }
    this.#serverAnswered();
  }
}
