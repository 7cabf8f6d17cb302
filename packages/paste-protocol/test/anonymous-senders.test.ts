// The anonymous-sender compliance suite against the senders that run outside a browser: the
// embedded mixnet client (on an in-process mixnet with real Sphinx processing) and a nym-client
// websocket (this project's API server over a loopback network). The browser's senders run it
// in the web package's tests.
import { createNodeCrypto } from '@pastenym/crypto/node';
import { MemoryMixnet } from '@pastenym/mixnet/testing';
import { asAnonymousSender, LoopbackNetwork, type ApiBackend } from '@pastenym/nym-api';
import { connectNymApi, NymApiServer } from '@pastenym/nym-api/node';
import { randomBytes } from 'node:crypto';
import { arrivalQueue, describeAnonymousSender } from '../src/testing/index.js';

const crypto = createNodeCrypto();

describeAnonymousSender('the embedded mixnet client', async () => {
  const net = new MemoryMixnet(crypto);
  const [client, server, stranger] = await Promise.all([
    net.startClient(0),
    net.startClient(1),
    net.startClient(1),
  ]);
  const arrived = arrivalQueue();
  server.onMessage(({ data, senderTag }) => {
    if (!senderTag) return;
    arrived.push({
      data,
      replyBlocks: undefined,
      reply: (bytes) => server.reply(senderTag, bytes),
    });
  });
  return {
    sender: client,
    recipient: server.address,
    nextArrival: () => arrived.next(),
    strangerWrites: (data) => stranger.sendAnonymous(client.address, data, 1),
    reportsProgress: true,
    close: () => {
      for (const each of [client, server, stranger]) each.close();
      return Promise.resolve();
    },
  };
});

describeAnonymousSender('a nym-client websocket', async () => {
  const network = new LoopbackNetwork({ rng: (n) => new Uint8Array(randomBytes(n)) });
  const own = network.createClient();
  // The blocks each message left with, as the nym-client saw them.
  const blocksSent: number[] = [];
  const backend: ApiBackend = {
    selfAddress: () => own.selfAddress(),
    send: (recipient, message) => own.send(recipient, message),
    sendAnonymous: (recipient, message, replySurbs) => {
      blocksSent.push(replySurbs);
      own.sendAnonymous(recipient, message, replySurbs);
    },
    reply: (senderTag, message) => own.reply(senderTag, message),
    onReceived: (listener) => own.onReceived(listener),
  };
  const apiServer = await NymApiServer.listen({ backend, port: 0, host: '127.0.0.1' });
  const client = await connectNymApi({ url: apiServer.url, mode: 'binary' });
  const server = network.createClient();
  const stranger = network.createClient();
  const arrived = arrivalQueue();
  server.onReceived((data, senderTag) => {
    if (!senderTag) return;
    arrived.push({
      data,
      replyBlocks: blocksSent.shift(),
      reply: (bytes) => Promise.resolve(server.reply(senderTag, bytes)),
    });
  });
  return {
    sender: asAnonymousSender(client),
    recipient: server.selfAddress().toString(),
    nextArrival: () => arrived.next(),
    strangerWrites: (data) => Promise.resolve(stranger.sendAnonymous(own.selfAddress(), data, 1)),
    reportsProgress: false,
    close: async () => {
      await client.close();
      await apiServer.close();
    },
  };
});
