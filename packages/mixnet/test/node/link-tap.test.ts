// The link tap of anonymity benchmarks on a real local mixnet: what it records for one message.
import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeCrypto } from '@pastenym/crypto/node';
import { origins, type TraceEvent } from '../../bench/anonymity/trace.js';
import type { MixnetClient } from '../../src/index.js';
import type { LinkTapEvent } from '../../src/node/index.js';
import { useTestMixnet } from './helpers/mixnet-fixture.js';

const crypto = createNodeCrypto();
const trace: TraceEvent[] = [];
const fixture = useTestMixnet(crypto, {
  nodeOptions: {
    replayFilter: { capacity: 10_000 },
    tap: { record: (event: LinkTapEvent) => trace.push({ ...event, at: trace.length }) },
  },
});
let alice: MixnetClient;
let bob: MixnetClient;

const identity = (c: MixnetClient) => c.address.slice(0, c.address.indexOf('.'));

beforeAll(async () => {
  [alice, bob] = await Promise.all([fixture.client('gateway-a'), fixture.client('gateway-b')]);
});

describe('the link tap', () => {
  it("records a message's every link, chained by cause, without its bytes", async () => {
    const received = new Promise<void>((resolve) => bob.onMessage(() => resolve()));
    await alice.send(bob.address, crypto.randomBytes(100));
    await received;
    const names = new Map(fixture.mixnet.nodes.map((node) => [node.address, node.name]));
    const roles = {
      mixes: new Set(fixture.mixnet.nodes.filter((n) => n.kind === 'mix').map((n) => n.address)),
      gateways: new Set(fixture.mixnet.gateways.map((n) => n.address)),
    };
    const truth = origins(trace, roles);
    const delivery = trace.findIndex((e) => e.to === identity(bob));
    expect(truth[delivery]?.client).toBe(identity(alice));
    // The message's path, link by link, from the delivery back to alice.
    const path: string[] = [];
    for (let event = trace[delivery]; event;) {
      path.unshift(`${names.get(event.from) ?? 'client'}>${names.get(event.to) ?? 'client'}`);
      const cause = event.cause;
      event = trace.findLast((e) => e.handle === cause && e !== event);
    }
    expect(path).toEqual([
      'client>gateway-a',
      expect.stringMatching(/^gateway-a>mix-1[ab]$/),
      expect.stringMatching(/^mix-1[ab]>mix-2[ab]$/),
      expect.stringMatching(/^mix-2[ab]>mix-3[ab]$/),
      expect.stringMatching(/^mix-3[ab]>gateway-b$/),
      'gateway-b>client',
    ]);
    for (const event of trace)
      expect(Object.keys(event).sort()).toEqual(
        event.cause === undefined
          ? ['at', 'bytes', 'from', 'handle', 'to']
          : ['at', 'bytes', 'cause', 'from', 'handle', 'to'],
      );
  });
});
