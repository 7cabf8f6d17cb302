import type { NymNetworkConfig } from '../config/web-config.js';
import { WebError } from '../errors.js';
import { ConnectionCore, REPLY_SURBS, type MixnetConnection } from './connection.js';

import type { NymSdkClient, NymSdkModule } from './nym-sdk-types.js';

/** A fresh client id per page load: no identity links two visits (as Pastenym v2 did). */
function randomClientId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(12));
  return `pastenym-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The real Nym network through `@nymproject/sdk`, imported only here and only when called, so
 * it lands in a lazy chunk (its WebAssembly client runs in the SDK's own worker). Messages go
 * out with `rawSend` and reply blocks; replies come back as raw-message events.
 * @example const connection = startNymConnection({ nymApiUrl }, serverAddress);
 */
export function startNymConnection(
  config: NymNetworkConfig,
  serverAddress: string,
): MixnetConnection {
  const core = new ConnectionCore();
  const { state } = core;
  let closed = false;

  const ready: Promise<NymSdkClient> = (async () => {
    const sdk = (await import('@nymproject/sdk')) as unknown as NymSdkModule;
    const nym = await sdk.createNymMixnetClient();
    nym.events.subscribeToConnected((event) => {
      state.set({ kind: 'connected', address: event.args.address ?? '' });
    });
    nym.events.subscribeToRawMessageReceivedEvent((event) => {
      core.deliver(event.args.payload);
    });
    await nym.client.start({
      clientId: randomClientId(),
      ...(config.nymApiUrl ? { nymApiUrl: config.nymApiUrl } : {}),
      ...(config.preferredGateway ? { preferredGateway: config.preferredGateway } : {}),
      ...(config.forceTls !== undefined ? { forceTls: config.forceTls } : {}),
    });
    const address = await nym.client.selfAddress();
    if (address && state.get().kind !== 'connected') state.set({ kind: 'connected', address });
    return nym;
  })();
  ready.catch((error: unknown) => {
    state.set({
      kind: 'failed',
      message: error instanceof Error ? error.message : 'the Nym client did not start',
    });
  });

  const send = async (bytes: Uint8Array) => {
    if (closed) throw new WebError('web.not_connected', 'closed');
    const nym = await ready.catch((error: unknown) => {
      throw new WebError('web.network_unavailable', 'the Nym client did not start', {
        cause: error,
      });
    });
    await nym.client.rawSend({ payload: bytes, recipient: serverAddress, replySurbs: REPLY_SURBS });
  };
  return core.expose('nym', send, () => {
    closed = true;
    void ready.then((nym) => nym.client.stop()).catch(() => undefined);
  });
}
