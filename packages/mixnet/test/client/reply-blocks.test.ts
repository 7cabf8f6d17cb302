// The two sides of reply blocks: the replier's ledger and the sender's keys. One lifetime rule
// binds them (lifetimes.ts): a block is used only while its keys are surely still kept.
import { describe, expect, it } from 'vitest';
import type { SurbSecrets } from '@pastenym/sphinx';
import { ReplyLedger } from '../../src/client/reply-ledger.js';
import { ReplyKeyStore } from '../../src/client/reply-keys.js';
import {
  MESSAGE_DEADLINE_MS,
  REPLY_KEY_LIFETIME_MS,
  SURB_LIFETIME_MS,
} from '../../src/client/lifetimes.js';

const blocks = (tag: number, from: number, count: number) =>
  Array.from({ length: count }, (_, i) => Uint8Array.of(tag, from + i));

const secrets = (id: number): SurbSecrets => ({
  surbId: Uint8Array.of(id, id >> 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
  hopPayloadKeys: [],
  replyKey: new Uint8Array(0),
});

describe('ReplyLedger (the replier)', () => {
  it('spends the newest blocks first', () => {
    const ledger = new ReplyLedger();
    ledger.add('a', blocks(1, 0, 3), 0);
    ledger.add('a', blocks(1, 3, 2), 1_000);
    expect(ledger.take('a', 2_000)).toEqual(Uint8Array.of(1, 4));
    expect(ledger.take('a', 2_000)).toEqual(Uint8Array.of(1, 3));
    expect(ledger.take('a', 2_000)).toEqual(Uint8Array.of(1, 2));
    expect(ledger.count('a', 2_000)).toBe(2);
  });

  it('drops blocks past their lifetime, counted from their arrival', () => {
    const ledger = new ReplyLedger({ lifetimeMs: 10_000 });
    ledger.add('a', blocks(1, 0, 3), 0);
    ledger.add('a', blocks(1, 3, 2), 5_000);
    expect(ledger.count('a', 10_000)).toBe(5);
    expect(ledger.count('a', 10_001)).toBe(2); // the first three are past their lifetime
    expect(ledger.size).toBe(2);
    expect(ledger.take('a', 15_001)).toBeUndefined();
    expect(ledger.size).toBe(0);
  });

  it('makes room for a new sender by dropping the oldest blocks of the least recent one', () => {
    const ledger = new ReplyLedger({ perSender: 100, overall: 10 });
    ledger.add('a', blocks(1, 0, 6), 0);
    ledger.add('b', blocks(2, 0, 4), 0);
    ledger.add('c', blocks(3, 0, 3), 0); // 13 blocks: 3 too many
    expect(ledger.size).toBe(10);
    expect([ledger.count('a', 0), ledger.count('b', 0), ledger.count('c', 0)]).toEqual([3, 4, 3]);
    // a's oldest three went: its remaining blocks are 3, 4, 5.
    expect([ledger.take('a', 0), ledger.take('a', 0), ledger.take('a', 0)]).toEqual([
      Uint8Array.of(1, 5),
      Uint8Array.of(1, 4),
      Uint8Array.of(1, 3),
    ]);
  });

  it('counts a sender as recent when it sends more blocks', () => {
    const ledger = new ReplyLedger({ perSender: 100, overall: 6 });
    ledger.add('a', blocks(1, 0, 3), 0);
    ledger.add('b', blocks(2, 0, 3), 0);
    ledger.add('a', blocks(1, 3, 1), 0); // a is now the most recent: b pays
    ledger.add('c', blocks(3, 0, 1), 0);
    expect([ledger.count('a', 0), ledger.count('b', 0), ledger.count('c', 0)]).toEqual([4, 1, 1]);
  });

  it('keeps the newest blocks of a sender over its own bound', () => {
    const ledger = new ReplyLedger({ perSender: 3, overall: 100 });
    ledger.add('a', blocks(1, 0, 2), 0);
    ledger.add('a', blocks(1, 2, 3), 0);
    expect(ledger.count('a', 0)).toBe(3);
    expect(ledger.take('a', 0)).toEqual(Uint8Array.of(1, 4));
    expect(ledger.take('a', 0)).toEqual(Uint8Array.of(1, 3));
    expect(ledger.take('a', 0)).toEqual(Uint8Array.of(1, 2));
    expect(ledger.take('a', 0)).toBeUndefined();
  });

  it('still takes a newcomer after a long run has filled it with blocks of past senders', () => {
    const ledger = new ReplyLedger({ perSender: 20_000, overall: 1_000 });
    for (let sender = 0; sender < 500; sender++) ledger.add(`old-${sender}`, blocks(0, 0, 20), 0);
    ledger.add('newcomer', blocks(9, 0, 20), 0);
    expect(ledger.count('newcomer', 0)).toBe(20);
    expect(ledger.size).toBe(1_000);
  });
});

describe('ReplyKeyStore (the sender)', () => {
  it('keeps a key as long as any replier may use its block, then forgets it', () => {
    const store = new ReplyKeyStore(10);
    store.add(secrets(1), 'a', 0);
    store.add(secrets(2), 'a', 0);
    expect(store.take(secrets(1).surbId, REPLY_KEY_LIFETIME_MS - 1)).toMatchObject({
      senderTag: 'a',
    });
    expect(store.take(secrets(1).surbId, 0)).toBeUndefined(); // single use
    expect(store.take(secrets(2).surbId, REPLY_KEY_LIFETIME_MS)).toBeUndefined();
  });

  it('gives back the very secrets it was given', () => {
    const store = new ReplyKeyStore(10);
    const key = (fill: number) => new Uint8Array(192).fill(fill);
    const given: SurbSecrets = {
      surbId: secrets(7).surbId,
      hopPayloadKeys: [key(1), key(2), key(3), key(4)],
      replyKey: key(5),
    };
    store.add(given, 'a', 0);
    expect(store.take(given.surbId, 1)).toEqual({ secrets: given, senderTag: 'a' });
  });

  it('outlives the latest use a replier may make: arrival by the deadline, then the lifetime', () => {
    expect(REPLY_KEY_LIFETIME_MS).toBeGreaterThan(MESSAGE_DEADLINE_MS + SURB_LIFETIME_MS);
  });

  it('refuses new blocks when full of live keys, rather than drop one a replier may use', () => {
    const store = new ReplyKeyStore(3, 1_000);
    for (let id = 0; id < 3; id++) expect(store.add(secrets(id), 'a', 0)).toBe(true);
    expect(store.add(secrets(3), 'a', 500)).toBe(false);
    expect(store.room(500)).toBe(0);
    // A reply used one: room for one more.
    store.take(secrets(0).surbId, 500);
    expect(store.add(secrets(3), 'a', 500)).toBe(true);
    // Past their lifetime the first ones free their room.
    expect(store.room(1_000)).toBe(2);
    expect(store.take(secrets(3).surbId, 1_000)).toMatchObject({ senderTag: 'a' });
  });
});
