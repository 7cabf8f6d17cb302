import type { CryptoProvider } from '@pastenym/crypto';
import { generateClientKeys, MixnetClient } from '@pastenym/mixnet';
import { nodeWebSocket } from '@pastenym/nym-client';
import { anonymousTransport, PasteClient } from '@pastenym/paste-protocol';

/** What {@link openEmbeddedClient} joins and whom it talks to. */
export interface EmbeddedClientOptions {
  readonly crypto: CryptoProvider;
  readonly directoryUrl: string;
  readonly directoryKey: string;
  /** The gateway to join (identity, base58); default a random one. */
  readonly gateway?: string;
  /** The paste server's address, `identity.encryption@gateway`. */
  readonly server: string;
  /** How long a request waits for its reply once sent (the client's own timeout). */
  readonly timeoutMs: number;
  /** Sends of one packet before its message fails (the mixnet client's default: 30). */
  readonly maxAttempts?: number;
}

/** A paste client of one server over its own mixnet client (fresh keys). */
export interface EmbeddedPasteClient {
  readonly paste: PasteClient;
  readonly mixnet: MixnetClient;
  close(): void;
}

/**
 * Joins the local mixnet with fresh keys and returns a {@link PasteClient} of `server` over it.
 * @throws {MixnetError} when the directory or the gateway cannot be reached
 * @example const { paste, close } = await openEmbeddedClient({ crypto, directoryUrl, directoryKey, server, timeoutMs: 20_000 });
 */
export async function openEmbeddedClient(
  options: EmbeddedClientOptions,
): Promise<EmbeddedPasteClient> {
  const { crypto } = options;
  const mixnet = await MixnetClient.start({
    crypto,
    keys: generateClientKeys(crypto),
    directoryUrl: options.directoryUrl,
    directoryKey: options.directoryKey,
    connect: nodeWebSocket,
    ...(options.gateway === undefined ? {} : { gateway: options.gateway }),
    ...(options.maxAttempts === undefined ? {} : { maxAttempts: options.maxAttempts }),
  });
  const transport = anonymousTransport(mixnet, options.server);
  const paste = new PasteClient({ transport, crypto, timeoutMs: options.timeoutMs });
  return {
    paste,
    mixnet,
    close() {
      paste.close();
      mixnet.close();
    },
  };
}
