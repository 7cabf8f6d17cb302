// The replier's store of reply blocks: bounded, and never full for a newcomer.
import { describe, expect, it } from 'vitest';
import { SurbPool } from '../../src/client/surb-stores.js';

const blocks = (tag: number, from: number, count: number) =>
  Array.from({ length: count }, (_, i) => Uint8Array.of(tag, from + i));

describe('SurbPool', () => {
  it('makes room for a new sender by dropping the oldest blocks of the least recent one', () => {
    const pool = new SurbPool(100, 10);
    pool.add('a', blocks(1, 0, 6));
    pool.add('b', blocks(2, 0, 4));
    pool.add('c', blocks(3, 0, 3)); // 13 blocks: 3 too many
    expect(pool.size).toBe(10);
    expect(pool.count('c')).toBe(3);
    expect(pool.count('b')).toBe(4);
    expect(pool.count('a')).toBe(3);
    expect(pool.take('a')).toEqual(Uint8Array.of(1, 3)); // a's oldest three went
  });

  it('counts a sender as recent when it sends more blocks', () => {
    const pool = new SurbPool(100, 6);
    pool.add('a', blocks(1, 0, 3));
    pool.add('b', blocks(2, 0, 3));
    pool.add('a', blocks(1, 3, 1)); // a is now the most recent: b pays
    pool.add('c', blocks(3, 0, 1));
    expect(pool.count('a')).toBe(4);
    expect(pool.count('b')).toBe(1);
    expect(pool.count('c')).toBe(1);
  });

  it('keeps the newest blocks of a sender over its own bound, and hands out the oldest first', () => {
    const pool = new SurbPool(3, 100);
    pool.add('a', blocks(1, 0, 2));
    pool.add('a', blocks(1, 2, 3));
    expect(pool.count('a')).toBe(3);
    expect(pool.take('a')).toEqual(Uint8Array.of(1, 2));
    expect(pool.take('a')).toEqual(Uint8Array.of(1, 3));
    expect(pool.take('a')).toEqual(Uint8Array.of(1, 4));
    expect(pool.take('a')).toBeUndefined();
    expect(pool.size).toBe(0);
  });

  it('still takes a newcomer after a long run has filled it with blocks of past senders', () => {
    const pool = new SurbPool(20_000, 1_000);
    for (let sender = 0; sender < 500; sender++) pool.add(`old-${sender}`, blocks(0, 0, 20));
    pool.add('newcomer', blocks(9, 0, 20));
    expect(pool.count('newcomer')).toBe(20);
    expect(pool.size).toBe(1_000);
  });
});
