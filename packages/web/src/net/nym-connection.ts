import type { NymNetworkConfig } from '../config/web-config.js';
import { WebError } from '../errors.js';
import { ConnectionCore, type MixnetConnection } from './connection.js';

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
 * @param loadSdk loads the SDK; tests pass a stand-in.
 */
export function startNymConnection(
  config: NymNetworkConfig,
  serverAddress: string,
  loadSdk: () => Promise<NymSdkModule> = async () =>
    (await import('@nymproject/sdk')) as unknown as NymSdkModule,
): MixnetConnection {
  const core = new ConnectionCore();
  const { state } = core;
  let closed = false;

  const ready: Promise<NymSdkClient> = (async () => {
    const nym = await (await loadSdk()).createNymMixnetClient();
    nym.events.subscribeToConnected((event) => {
      state.set({ kind: 'connected', address: event.args.address ?? '' });
    });
    nym.events.subscribeToRawMessageReceivedEvent((event) => {
      // The SDK names no sender on raw messages: what reaches us are the server's replies.
      core.deliver({ data: event.args.payload, senderTag: null });
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

  const sendAnonymous = async (recipient: string, payload: Uint8Array, replyBlocks: number) => {
    if (closed) throw new WebError('web.not_connected', 'closed');
    const nym = await ready.catch((error: unknown) => {
      throw new WebError('web.network_unavailable', 'the Nym client did not start', {
        cause: error,
      });
    });
    // The SDK reports nothing per packet: the send resolves once its worker has the message.
    await nym.client.rawSend({ payload, recipient, replySurbs: replyBlocks });
  };
  return core.expose('nym', serverAddress, {
    sendAnonymous,
    close: () => {
      closed = true;
      void ready.then((nym) => nym.client.stop()).catch(() => undefined);
    },
    // The SDK hands over whole messages only.
    seesFragments: false,
  });
}
