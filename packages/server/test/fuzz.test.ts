// 100,000 random and mutated messages through `handle`: each gets a well-formed reply (an
// error, or an answer if the mutation left the request valid) or is ignored; nothing throws,
// and the heap does not grow with the number of messages.
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { decodeReply, encodeRequest, isV3Message, sdkFrame } from '@pastenym/paste-protocol';
import { sealV2Paste, v2Body } from '@pastenym/paste-protocol/testing';
import {
  T0,
  bundleOf,
  call,
  createRequest,
  crypto,
  makeService,
  requestId,
  useSqlite,
} from './helpers/service.js';
import { mutate, randomMessage, seededRandom } from './helpers/mutate.js';
import { cliNewText, v2Message, webNewText } from './helpers/v2.js';

const MESSAGES = 100_000;
const SEED = 0x5eed_2024;
const HEAP_GROWTH_LIMIT = 32 * 1024 * 1024;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const open = useSqlite();

function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

describe('fuzzing handle', () => {
  it(`survives ${MESSAGES.toLocaleString('en')} random and mutated messages with bounded memory`, async () => {
    const { storage } = await open();
    const { service } = makeService(storage);
    const stored = await call(service, createRequest(bundleOf(600)));
    if (stored.op !== 'created') throw new Error(stored.op);
    const enc = await sealV2Paste({ crypto }, 'k', v2Body('x'));
    const corpus: Uint8Array[] = [
      encodeRequest({ op: 'ping', id: requestId() }),
      encodeRequest(createRequest(bundleOf(1114), { maxViews: 3 })),
      encodeRequest({ op: 'get', id: requestId(), pasteId: stored.pasteId }),
      encodeRequest({
        op: 'delete',
        id: requestId(),
        pasteId: stored.pasteId,
        ownerToken: stored.ownerToken,
      }),
      v2Message({ event: 'ping', data: 'empty' }, 'json'),
      v2Message(
        webNewText({
          text: enc.text,
          encParams: enc.encParams,
          burn: true,
          burn_view: 2,
          expiration_time: '1h',
        }),
        'base64',
      ),
      v2Message(cliNewText({ text: v2Body('public') }), 'sdk'),
      v2Message({ event: 'getText', data: { urlId: 'A'.repeat(24) } }, 'json'),
      sdkFrame(new TextEncoder().encode('{"event":"ping"}')),
    ];
    const next = seededRandom(SEED);
    const outcomes = { ignored: 0, v3: 0, v2: 0 };
    let baseline = 0;
    for (let i = 0; i < MESSAGES; i++) {
      if (i === 10_000) baseline = heapAfterGc();
      const source = corpus[next() % corpus.length]!;
      const message =
        next() % 5 === 0
          ? randomMessage(next, 512)
          : mutate(next, source, corpus[next() % corpus.length]!);
      const reply = await service.handle(message, { now: T0 + i });
      if (reply === null) {
        outcomes.ignored++;
      } else if (isV3Message(message)) {
        const decoded = decodeReply(reply);
        if (!decoded.ok) throw new Error(`message ${i} (seed ${SEED}): undecodable v3 reply`);
        outcomes.v3++;
      } else {
        expect(isV3Message(reply)).toBe(false);
        outcomes.v2++;
      }
    }
    const growth = heapAfterGc() - baseline;
    expect(growth).toBeLessThan(HEAP_GROWTH_LIMIT);
    // Both protocols were exercised, and still answer afterwards.
    expect(outcomes.v3).toBeGreaterThan(MESSAGES / 10);
    expect(outcomes.v2).toBeGreaterThan(MESSAGES / 10);
    expect(await call(service, { op: 'ping', id: requestId() })).toMatchObject({ op: 'pong' });
  });
});
