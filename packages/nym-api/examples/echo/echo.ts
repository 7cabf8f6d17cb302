// The two halves of the echo example, written against the app client only: they run the same
// over the in-memory loopback network, the local mixnet daemon or a real nym-client.
import type { NymApiClient, Recipient } from '../../src/index.js';

/**
 * Answers every anonymous message with the same bytes, by sender tag: the service never learns
 * who asked. Messages without a tag cannot be answered and are skipped. Returns the number of
 * echoes once the client closes.
 */
export async function runEchoService(client: NymApiClient): Promise<number> {
  let echoed = 0;
  for await (const { message, senderTag } of client) {
    if (senderTag === null) continue;
    await client.reply(senderTag, message);
    echoed++;
  }
  return echoed;
}

/**
 * Sends `text` to an echo service anonymously (with a few reply SURBs) and returns the first
 * message that comes back.
 */
export async function askEcho(
  client: NymApiClient,
  service: Recipient | string,
  text: string,
): Promise<string> {
  const inbox = client.messages();
  await client.sendAnonymous(service, new TextEncoder().encode(text), { replySurbs: 5 });
  const answer = await inbox.next();
  await inbox.return?.();
  if (answer.done === true) throw new Error('the client closed before the echo came back');
  return new TextDecoder().decode(answer.value.message);
}
