// A server that speaks Pastenym v2 only: the double written from the v2 reference (the original
// Python backend's behaviour), behind its own nym-client stand-in on the local mixnet.
import { randomBytes } from 'node:crypto';
import { createNymApiClient } from '@pastenym/nym-api/node';
import { createV2ServerDouble, type V2ServerDouble } from '@pastenym/paste-protocol/testing';

export interface TestV2Server {
  readonly address: string;
  /** The double itself: stored texts, and `sweep` (the original's expiry timer). */
  readonly double: V2ServerDouble;
  /** Moves the double's clock forward. */
  advance(ms: number): void;
  close(): Promise<void>;
}

/** Starts the double behind the nym-client at `url`. */
export async function startTestV2Server(url: string): Promise<TestV2Server> {
  let offset = 0;
  const double = createV2ServerDouble({
    rng: (n) => new Uint8Array(randomBytes(n)),
    now: () => Date.now() + offset,
  });
  const client = createNymApiClient({ url });
  const address = (await client.ready()).toString();
  const unsubscribe = client.onMessage(({ message, senderTag }) => {
    const reply = double.handle(message);
    // The original answered only through reply blocks.
    if (reply && senderTag) client.reply(senderTag, reply).catch(() => undefined);
  });
  return {
    address,
    double,
    advance: (ms) => {
      offset += ms;
    },
    async close() {
      unsubscribe();
      await client.close();
    },
  };
}
