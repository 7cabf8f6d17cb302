// The mixnet's own capacity in the stack under benchmark: delivered packets/s of bursts of
// one-packet messages between pairs of mixnet clients (sender and receiver on different
// gateways), all pairs at once: one pair alone is held back by its own sending window, as
// `bench:mixnet` measures it. Divided by an operation's floor it is the ceiling of operations/s.
import type { CryptoProvider } from '@pastenym/crypto';
import { generateClientKeys, MixnetClient } from '@pastenym/mixnet';
import { nodeWebSocket } from '@pastenym/mixnet/node';
import type { BenchStack } from './e2e-stack.js';

/** One packet each (with its ack): well under a fragment. */
const MESSAGE_BYTES = 1024;
/** Per pair, not counted: compiled code and open links. */
const WARM_UP_MESSAGES = 100;

/** Delivered packets/s (messages and their acks) of `pairs` pairs sending `messages` each. */
export async function measurePacketsPerSecond(
  stack: BenchStack,
  crypto: CryptoProvider,
  pairs: number,
  messages: number,
): Promise<number> {
  const start = (gateway: number) =>
    MixnetClient.start({
      crypto,
      keys: generateClientKeys(crypto),
      directoryUrl: stack.directoryUrl,
      directoryKey: stack.directoryKey,
      gateway: stack.gateways[gateway % stack.gateways.length]!,
      connect: nodeWebSocket,
    });
  const clients = await Promise.all(
    Array.from({ length: pairs }, async (_, i) => [await start(i), await start(i + 1)] as const),
  );
  try {
    await Promise.all(clients.map(([alice, bob]) => burst(alice, bob, crypto, WARM_UP_MESSAGES)));
    const started = performance.now();
    await Promise.all(clients.map(([alice, bob]) => burst(alice, bob, crypto, messages)));
    return (2 * pairs * messages) / ((performance.now() - started) / 1000);
  } finally {
    for (const pair of clients) for (const client of pair) client.close();
  }
}

/** Sends `count` messages at once; resolves when all arrived and were acked. */
async function burst(
  alice: MixnetClient,
  bob: MixnetClient,
  crypto: CryptoProvider,
  count: number,
): Promise<void> {
  let received = 0;
  let allArrived = () => undefined as void;
  const arrived = new Promise<void>((resolve) => (allArrived = resolve));
  const off = bob.onMessage(() => {
    if (++received === count) allArrived();
  });
  const sends = Array.from({ length: count }, () =>
    alice.send(bob.address, crypto.randomBytes(MESSAGE_BYTES)),
  );
  await Promise.all([...sends, arrived]);
  off();
}
