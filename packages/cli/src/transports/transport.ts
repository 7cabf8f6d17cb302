import { anonymousTransport, type AnonymousSender, type Transport } from '@pastenym/paste-protocol';

/**
 * The paste transport a command runs on, and how to let go of it: over the embedded mixnet
 * client (network `local`) or a nym-client websocket. Only the composition root picks one.
 */
export interface CliTransport extends Transport {
  /** Lets in-flight acknowledgements go out, then disconnects. Never rejects. */
  close(): Promise<void>;
}

/** The paste transport to `server` over `sender`, closed with `close`. */
export function cliTransport(
  sender: AnonymousSender,
  server: string,
  close: () => Promise<void>,
): CliTransport {
  return { ...anonymousTransport(sender, server), close };
}
